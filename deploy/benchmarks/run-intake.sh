#!/usr/bin/env bash
# Issue 3's benchmark: intake API submissions per second (32 closed-loop clients, ~2 KB bodies, a warm-up of at
# least 20 s and 20 000 requests, 60 s measured) against Kafka's own ProducerPerformance (2 KB records, acks=all)
# on the same broker, on a local stack started for the run on ports 18081-18084, 19092-19093 and 27117 with its data
# in a temporary directory.
#
#   deploy/benchmarks/run-intake.sh [--help] [--build] [--profile] [--full-stack] [--intake-arg=...] [driver options]
#
#   --build       rebuild the jars first (otherwise only when one is missing)
#   --profile     record a JFR of intake-service during the measured phase and print its hottest methods
#   --full-stack  run classification- and report-service too (they then compete for the CPU while they consume
#                 what intake publishes); by default the stack runs Kafka and MongoDB only and this script starts
#                 intake-service itself exactly as the launcher would (-Xmx384m, same environment)
#   --intake-arg=--name=value  a Spring property for intake-service, to try a setting without changing it
#                 (repeatable), e.g. --intake-arg=--spring.kafka.producer.properties.linger.ms=0
#   driver options, e.g. --clients=32 --warm-up=20s --warm-up-requests=20000 --max-warm-up=3m --duration=60s
#                 --body-bytes=1700 --producer-seconds=30 (the warm-up lasts at least --warm-up and
#                 --warm-up-requests, so the JIT has compiled the request path even on a busy machine)
#
# Takes 5-8 minutes (bounded: the warm-up ends after 3 minutes at most, the driver is killed after 20).
# Figures and logs: deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false profile=false scope=infra driver_args=() intake_args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --full-stack) scope=all ;;
    --intake-arg=*) intake_args+=("${arg#--intake-arg=}") ;;
    *) driver_args+=("$arg") ;;
  esac
done

bench_build "$build"
bench_dirs intake
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine

bench_start_stack "$scope"
if [[ "$scope" == infra ]]; then
  bench_start_service intake-service "intake-service/target/intake-service-${VERSION}-exec.jar" $BENCH_INTAKE_PORT \
    ${intake_args[@]+"${intake_args[@]}"}
  intake_pid=$BENCH_LAST_PID
  bench_await_ready intake-service $BENCH_INTAKE_PORT "$intake_pid"
else
  [[ ${#intake_args[@]} -eq 0 ]] || { echo "--intake-arg needs the default mode, not --full-stack" >&2; exit 2; }
  intake_pid="$(bench_service_pid intake-service)"
fi

pid_args=(--intake-pid="$intake_pid")
[[ -n "${BENCH_KAFKA_PID:-}" ]] && pid_args+=(--kafka-pid="$BENCH_KAFKA_PID")
[[ "$profile" == true ]] && pid_args+=(--profile-dir="$BENCH_RUN_DIR")
timeout --signal=TERM --kill-after=30s 20m \
  java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.intake.IntakeBenchmark \
  --intake-url="http://127.0.0.1:${BENCH_INTAKE_PORT}" --bootstrap-servers="$BENCH_BOOTSTRAP" \
  --broker-classpath=deploy/embedded-kafka/target/broker.classpath --log-dir="$BENCH_RUN_DIR" \
  "${pid_args[@]}" ${driver_args[@]+"${driver_args[@]}"} | tee "$BENCH_RUN_DIR/summary.txt"

if [[ "$profile" == true && -f "$BENCH_RUN_DIR/intake-service.jfr" ]]; then
  echo; echo "== hottest methods of intake-service during the measured phase"
  java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods \
    "$BENCH_RUN_DIR/intake-service.jfr" 30 \
    | tee "$BENCH_RUN_DIR/intake-service-hot-methods.txt"
fi
