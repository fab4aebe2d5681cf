#!/usr/bin/env bash
# Issue 9's pipeline benchmark, on the whole local stack started for the run (ports 18081-18083, Kafka 19092,
# MongoDB 27117; instance i of a service on its port + 100 (i - 1)):
#   1. intake alone: classification- and report-service paused (SIGSTOP), --alone submissions as fast as intake
#      answers them (32 keep-alive connections, ~2 KB JSON); intake's rate is that of the warm second half; then the
#      consumers resume and the report counts that backlog before the next step;
#   2. campaign: --submissions as fast as intake takes them with the whole pipeline running; the report's total is
#      read every 250 ms, giving the report's rate, how far it is behind intake at worst, the time until it has
#      counted every 202, and the time from a 202 until the total includes it (an order statistic);
#   3. steady: 60 s of submissions paced at --steady-fraction of the report's campaign rate, for intake's p99 at a
#      rate the pipeline sustains.
# Goals: the report never more than 10 s behind intake at intake's own rate; intake's p99 < 100 ms at the rate the
# pipeline sustains.
#
#   deploy/benchmarks/run-pipeline.sh [--help] [--build] [--instances=1|2] [--submissions=100000] [--alone=40000]
#                                     [--steady-fraction=0.8]
#
# With BENCH_KEEP_DATA=<dir> the stack's data is kept there and reused: run-projection.sh with the same variable fills
# it with a million communications first, for the figures "at 1,000,000 stored". Figures and logs:
# deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false instances=1 submissions=100000 alone=40000 fraction=0.8
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --instances=*) instances="${arg#--instances=}" ;;
    --submissions=*) submissions="${arg#--submissions=}" ;;
    --alone=*) alone="${arg#--alone=}" ;;
    --steady-fraction=*) fraction="${arg#--steady-fraction=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

bench_build "$build"
bench_dirs "pipeline-${instances}x"
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
driver() {
  java $BENCH_DRIVER_OPTS -Xmx768m -cp "$(bench_driver_cp)" dev.assay.bench.pipeline.PipelineBenchmark "$1" \
    --intake-url="http://127.0.0.1:${BENCH_INTAKE_PORT}" --report-url="http://127.0.0.1:${BENCH_REPORT_PORT}" \
    "${@:2}"
}
report_total() { curl -sf "http://127.0.0.1:${BENCH_REPORT_PORT}/api/v1/reports/summary" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'; }

bench_start_stack all --classification-instances="$instances" --report-instances="$instances"
consumers=()
for service in classification-service report-service; do
  consumers+=("$(bench_service_pid "$service")")
  for (( i=2; i<=instances; i++ )); do consumers+=("$(bench_service_pid "${service}-$i")"); done
done
bench_log "stored communications at the start: $(report_total)"

bench_log "1. intake alone (consumers ${consumers[*]} paused)"
kill -STOP "${consumers[@]}"
driver intake-alone --submissions="$alone" --result="$BENCH_RUN_DIR/alone.properties" \
  | tee "$BENCH_RUN_DIR/figures.txt" || { kill -CONT "${consumers[@]}"; exit 1; }
kill -CONT "${consumers[@]}"
backlog_since="$(date +%s)"
bench_log "consumers resumed; waiting until the report has counted the backlog"
previous=-1
until [[ "$(report_total)" == "$previous" && "$previous" != "-1" ]]; do
  previous="$(report_total)"; sleep 10
done
bench_log "report settled at $(report_total) after $(( $(date +%s) - backlog_since )) s"

bench_log "2. campaign: ${submissions} submissions as fast as intake takes them"
driver campaign --submissions="$submissions" --result="$BENCH_RUN_DIR/campaign.properties" \
  | tee -a "$BENCH_RUN_DIR/figures.txt"

rate="$(awk -F= '/^reportPerSecond=/ {printf "%.0f", $2 * '"$fraction"'}' "$BENCH_RUN_DIR/campaign.properties")"
[[ -n "$rate" && "$rate" -gt 0 ]] || rate=100
bench_log "3. steady: 60 s at ${rate}/s (${fraction} of the report's campaign rate)"
driver steady --rate="$rate" --submissions=$(( rate * 60 )) --result="$BENCH_RUN_DIR/steady.properties" \
  | tee -a "$BENCH_RUN_DIR/figures.txt"
bench_log "stored communications at the end: $(report_total)"
