#!/usr/bin/env bash
# Issue 9's projection benchmark: report-service projects a backlog of classified communications (default 1 000 000,
# ~2 KB bodies) into the embedded MongoDB-compatible server (H2 file, as the local stack runs it); its rate is followed
# through its consumer group's committed offsets as stored communications grow, and compared with raw bulk $inc
# upserts by _id into the same server, in the same run, of exactly the counters the projection wrote: the countedKeys
# of M stored communications (an even sample of the backlog), read back once the projection is done.
#
#   deploy/benchmarks/run-projection.sh [--help] [--build] [--events=N] [--body-bytes=B] [--baseline-events=M]
#                                       [--window=W]
#
# Goals: the projection's events/s at N stored at least half its rate at 10 000 stored (windows of W records), and
# at least half the baseline's. Takes about 20-40 minutes for a million events on 2 cores; needs ~10 GB of disk
# (Kafka's log and the H2 file, both deleted at the end). Figures and logs: deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false events=1000000 body=2000 baseline=100000 window=20000
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --events=*) events="${arg#--events=}" ;;
    --body-bytes=*) body="${arg#--body-bytes=}" ;;
    --baseline-events=*) baseline="${arg#--baseline-events=}" ;;
    --window=*) window="${arg#--window=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

bench_build "$build"
bench_dirs projection
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
# driver <step> [options]: the step's own options come last, so they win over these defaults
driver() {
  java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.projection.ProjectionBenchmark "$1" \
    --bootstrap-servers="$BENCH_BOOTSTRAP" --mongo-uri="$BENCH_MONGO_URI" --body-bytes="$body" \
    --baseline-events="$baseline" --events="$events" --window="$window" --result="$BENCH_RUN_DIR/result" "${@:2}"
}

bench_start_stack infra
bench_create_topics_with_report_service "report-service/target/report-service-${VERSION}-exec.jar"

driver produce
bench_start_service report-service "report-service/target/report-service-${VERSION}-exec.jar" $BENCH_REPORT_PORT
report_pid=$BENCH_LAST_PID
driver watch
bench_stop_pid "$report_pid" 40
driver baseline --label="${events} stored"
driver compare | tee "$BENCH_RUN_DIR/figures.txt"
MONGODB_URI="$BENCH_MONGO_URI" java -Xmx512m -jar "report-service/target/report-service-${VERSION}-exec.jar" recount \
  | tee -a "$BENCH_RUN_DIR/figures.txt"
