#!/usr/bin/env bash
# Issue 13's dashboard benchmark: the first render of GET /dashboard in headless Chromium with the counters of
# S + N communications. The data set: report-service (-Xmx512m) projects a real sample of S generated communications
# (the workbench's generator, WorkbenchCommunications), so the communications collection and the counters are real;
# then the counters of the next N communications of the same generator are added as bulk $inc upserts, each counted in
# exactly the keys the projection would count it in (report-service's CounterKeys), and the summary's total must read
# S + N. Projecting a million through report-service would take hours here; the dashboard reads only the counters,
# whose number grows with distinct keys, not with communications.
# Then R fresh navigations (browser cache disabled) to each page: /dashboard, ?lang=ar, ?theme=best-practices (the
# counters hold it) and ?unRegionalGroup=AFRICAN&language=fr (they do not: a scan, refused on the embedded server
# beyond 20 000 stored communications), each recording the Navigation Timing entry and when every chart is drawn;
# the same pages saved once and served as static files by the JDK's HTTP server are the baseline. report-service's
# heap is sampled every 250 ms.
#
#   deploy/benchmarks/run-dashboard.sh [--help] [--build] [--profile] [--events=N] [--sample=S] [--requests=R]
#                                      [--warm-up=W] [--seed=K]
#
# Defaults: N 1000000, S 21000 (above the embedded server's unindexed-read limit, as at a million), R 100, W 3, K 11.
# Goal: the first render (loadEventEnd with every chart drawn) p95 under 1 s. --profile records a JFR of
# report-service during each page's measured navigations and prints its hottest methods. Figures and logs:
# deploy/benchmarks/target/runs/dashboard-*. About 15 minutes at the defaults on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false profile=false events=1000000 sample=21000 requests=100 warm_up=3 seed=11
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --events=*) events="${arg#--events=}" ;;
    --sample=*) sample="${arg#--sample=}" ;;
    --requests=*) requests="${arg#--requests=}" ;;
    --warm-up=*) warm_up="${arg#--warm-up=}" ;;
    --seed=*) seed="${arg#--seed=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || { echo "needs Debian's chromium and chromium-driver" >&2; exit 2; }

bench_build "$build"
bench_dirs dashboard
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
BENCH_STATIC_PORT=$((18086 + BENCH_PORT_OFFSET))
report_url="http://127.0.0.1:${BENCH_REPORT_PORT}"
driver() {
  java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.dashboard.DashboardBenchmark "$1" \
    --bootstrap-servers="$BENCH_BOOTSTRAP" --mongo-uri="$BENCH_MONGO_URI" --events="$events" --sample="$sample" \
    --seed="$seed" --requests="$requests" --warm-up="$warm_up" --report-url="$report_url" \
    --static-port="$BENCH_STATIC_PORT" --run-dir="$BENCH_RUN_DIR" "${@:2}"
}
report_jar="report-service/target/report-service-${VERSION}-exec.jar"
# the workbench's heap cap for report-service
BENCH_SERVICE_XMX="-Xmx512m"

bench_start_stack infra
bench_sample_report_heap
bench_create_topics_with_report_service "$report_jar"

bench_log "phase 1/4: report-service projects a sample of ${sample} generated communications"
driver produce
bench_start_service report-service "$report_jar" $BENCH_REPORT_PORT
report_pid=$BENCH_LAST_PID
driver watch
bench_await_ready report-service $BENCH_REPORT_PORT "$report_pid"
bench_log "phase 2/4: the counters of the next ${events} communications of the generator, as bulk \$inc upserts"
driver fill
bench_log "phase 3/4: the summary's total must read ${sample} + ${events}"
driver totals
bench_log "phase 4/4: ${requests} navigations to each page in headless Chromium, report-service then its static copy"
profile_args=()
[[ "$profile" == true ]] && profile_args=(--report-pid="$report_pid" --profile-dir="$BENCH_RUN_DIR")
driver browse ${profile_args[@]+"${profile_args[@]}"} | tee -a "$BENCH_RUN_DIR/driver.txt"
driver summary
if [[ "$profile" == true ]]; then
  for jfr in "$BENCH_RUN_DIR"/*.jfr; do
    [[ -f "$jfr" ]] || continue
    echo; echo "== hottest methods: ${jfr#"$BENCH_RUN_DIR"/}"
    java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods "$jfr" 30 \
      | tee "${jfr%.jfr}-hot-methods.txt"
  done
fi
