#!/usr/bin/env bash
# Issue 11's workbench benchmark, in one run: report-service (-Xmx512m) projects N generated classified communications
# (six languages, senders of every UN regional group, every submitter type and channel, receipt over 2026, 2% campaign
# copies) into the embedded MongoDB-compatible server; its events/s through that backlog is compared with raw bulk
# $inc upserts into the same server of exactly the counters it wrote (the countedKeys of M stored communications, an
# even sample); then p50/p99 of the aggregates (summary, crosstab, timeseries, participation, campaigns; without and
# with filters, and with collapseCampaigns=true) and of the analysts' list's first page, R sequential requests each
# after a warm-up, at most B seconds each; then the CSV export of all N communications in rows/s. report-service's
# used heap is sampled every 250 ms throughout (its actuator on the management port).
#
#   deploy/benchmarks/run-workbench.sh [--help] [--build] [--events=N] [--requests=R] [--body-bytes=S]
#                                      [--baseline-events=M] [--budget=B] [--seed=K]
#
# Defaults: N 1000000, R 200, S 2000, M 100000 (at most N), B 60s, K 11. Goals: projection at least half the
# baseline's events/s; every p99 under 50 ms; the heap under 512 MB throughout, no OutOfMemoryError. A non-2xx answer
# is an error row in the summary, not the end of the run. Figures and logs: deploy/benchmarks/target/runs/workbench-*.
# 20 000 events and 50 requests take 11-17 minutes on 2 cores, most of it in the requests answered by a scan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false events=1000000 requests=200 body=2000 baseline=100000 budget=60s seed=11
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --events=*) events="${arg#--events=}" ;;
    --requests=*) requests="${arg#--requests=}" ;;
    --body-bytes=*) body="${arg#--body-bytes=}" ;;
    --baseline-events=*) baseline="${arg#--baseline-events=}" ;;
    --budget=*) budget="${arg#--budget=}" ;;
    --seed=*) seed="${arg#--seed=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
(( baseline > events )) && baseline=$events

bench_build "$build"
bench_dirs workbench
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
report_url="http://127.0.0.1:${BENCH_REPORT_PORT}"
# driver <step> [options]: the step's own options come last, so they win over these defaults
driver() {
  java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.workbench.WorkbenchBenchmark "$1" \
    --bootstrap-servers="$BENCH_BOOTSTRAP" --mongo-uri="$BENCH_MONGO_URI" --events="$events" --seed="$seed" \
    --body-bytes="$body" --baseline-events="$baseline" --requests="$requests" --budget="$budget" \
    --report-url="$report_url" --management-url="http://127.0.0.1:$(bench_management_port $BENCH_REPORT_PORT)" \
    --run-dir="$BENCH_RUN_DIR" "${@:2}"
}
report_jar="report-service/target/report-service-${VERSION}-exec.jar"
# an analyst's token from the stack's identity provider, as deploy/token gets one (tokens last 30 minutes: one per
# phase); handed over in the environment, never on a command line or in a log
analyst_token() {
  ASSAY_BENCH_TOKEN="$(ASSAY_DATA_DIR="$BENCH_DATA_DIR" ASSAY_OIDC_ISSUER_URI="http://localhost:${BENCH_AUTH_PORT}" \
    deploy/token analyst)"
  export ASSAY_BENCH_TOKEN
}
# the heap cap the issue sets for report-service, in place of the launcher's
BENCH_SERVICE_XMX="-Xmx512m"

bench_start_stack infra
# the heap sampler runs from the first start of report-service to the end; bench_cleanup stops it
bench_sample_report_heap
bench_create_topics_with_report_service "$report_jar"

bench_log "phase 1/5: producing ${events} classified communications"
driver produce
bench_log "phase 2/5: report-service projects the backlog"
bench_start_service report-service "$report_jar" $BENCH_REPORT_PORT
report_pid=$BENCH_LAST_PID
driver watch
bench_await_ready report-service $BENCH_REPORT_PORT "$report_pid"
bench_log "phase 3/5: baseline, the same counters as raw bulk \$inc upserts"
driver baseline
bench_log "phase 4/5: latency of the aggregates and the list (${requests} requests each)"
analyst_token
driver queries
bench_log "phase 5/5: the CSV export of ${events} communications"
analyst_token
driver export
out_of_memory=false
grep -q OutOfMemoryError "$BENCH_RUN_DIR/report-service.log" && out_of_memory=true
driver summary --out-of-memory="$out_of_memory"
