#!/usr/bin/env bash
# The compilation benchmark, in one run: report-service (-Xmx512m) projects N generated classified communications (the
# workbench benchmark's generator and steps: six languages, every UN regional group, 2% campaign copies) into the
# embedded MongoDB-compatible server; then GET /api/v1/compilation with an analyst's token, as HTML (the baseline), PDF
# and DOCX, R fresh requests each, one at a time: seconds to the first and the last byte, size, the PDF's pages, and
# the document read back (PDFBox, POI, the HTML's lines) to check that its annex numbers all N communications.
# report-service's used heap is sampled every 250 ms throughout (its actuator on the management port) and its peak
# given for each request.
#
#   deploy/benchmarks/run-compilation.sh [--help] [--build] [--profile] [--communications=N] [--rounds=R]
#                                        [--formats=html,pdf,docx] [--budget=B] [--body-bytes=S] [--seed=K]
#
#   --profile   record report-service with JFR during each format's runs and print its hottest methods
#
# Defaults: N 10000, R 3, B 10m (a request not complete by then is an error row), S 2000, K 11. Goals (for N 10 000):
# PDF under 60 s, DOCX under 30 s to the last byte, every document complete, report-service's heap under 512 MB.
# Figures and logs: deploy/benchmarks/target/runs/compilation-* (the last document of each format is kept there).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false profile=false communications=10000 rounds=3 formats=html,pdf,docx budget=10m body=2000 seed=11
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --communications=*) communications="${arg#--communications=}" ;;
    --rounds=*) rounds="${arg#--rounds=}" ;;
    --formats=*) formats="${arg#--formats=}" ;;
    --budget=*) budget="${arg#--budget=}" ;;
    --body-bytes=*) body="${arg#--body-bytes=}" ;;
    --seed=*) seed="${arg#--seed=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

bench_build "$build"
bench_dirs compilation
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
management_url="http://127.0.0.1:$(bench_management_port $BENCH_REPORT_PORT)"
# the workbench benchmark's steps make and project the communications, sample the heap and print the summary
workbench() {
  java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.workbench.WorkbenchBenchmark "$1" \
    --bootstrap-servers="$BENCH_BOOTSTRAP" --mongo-uri="$BENCH_MONGO_URI" --events="$communications" \
    --seed="$seed" --body-bytes="$body" --baseline-events="$communications" --run-dir="$BENCH_RUN_DIR" \
    --management-url="$management_url" "${@:2}"
}
report_jar="report-service/target/report-service-${VERSION}-exec.jar"
# an analyst's token from the stack's identity provider, as deploy/token gets one (tokens last 30 minutes: one per
# format); handed over in the environment, never on a command line or in a log
analyst_token() {
  ASSAY_BENCH_TOKEN="$(ASSAY_DATA_DIR="$BENCH_DATA_DIR" ASSAY_OIDC_ISSUER_URI="http://localhost:${BENCH_AUTH_PORT}" \
    deploy/token analyst)"
  export ASSAY_BENCH_TOKEN
}
# the heap cap the issue sets for report-service, in place of the launcher's; out of memory, it stops rather than
# answer the next requests damaged
BENCH_SERVICE_XMX="-Xmx512m -XX:+ExitOnOutOfMemoryError"

bench_start_stack infra
bench_sample_report_heap
bench_create_topics_with_report_service "$report_jar"

started=$(date +%s)
bench_log "phase 1/3: producing ${communications} classified communications"
workbench produce
bench_log "phase 2/3: report-service projects them"
bench_start_service report-service "$report_jar" $BENCH_REPORT_PORT
report_pid=$BENCH_LAST_PID
workbench watch
bench_await_ready report-service $BENCH_REPORT_PORT "$report_pid"
bench_log "made and projected ${communications} communications in $(( $(date +%s) - started )) s"

bench_log "phase 3/3: the compilation as ${formats}, ${rounds} requests each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
profile_args=()
[[ "$profile" == true ]] && profile_args=(--profile-dir="$BENCH_RUN_DIR" --report-pid="$report_pid")
for format in ${formats//,/ }; do
  analyst_token
  java $BENCH_DRIVER_OPTS -Xmx2g -cp "$(bench_driver_cp)" dev.assay.bench.compilation.CompilationBenchmark measure \
    --report-url="http://127.0.0.1:${BENCH_REPORT_PORT}" --run-dir="$BENCH_RUN_DIR" \
    --communications="$communications" --rounds="$rounds" --budget="$budget" --formats="$format" \
    ${profile_args[@]+"${profile_args[@]}"}
done
bench_log "load average after the requests: $(cut -d' ' -f1-3 /proc/loadavg)"

out_of_memory=false
grep -q OutOfMemoryError "$BENCH_RUN_DIR/report-service.log" && out_of_memory=true
workbench summary --out-of-memory="$out_of_memory"
if [[ "$profile" == true ]]; then
  for jfr in "$BENCH_RUN_DIR"/report-service-*.jfr; do
    [[ -f "$jfr" ]] || continue
    echo; echo "== hottest methods: ${jfr#"$BENCH_RUN_DIR"/}"
    java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods "$jfr" 30 \
      | tee "${jfr%.jfr}-hot-methods.txt"
  done
fi
