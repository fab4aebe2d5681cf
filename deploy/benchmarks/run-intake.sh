#!/usr/bin/env bash
# Issue 9's benchmark: intake API requests/s and latency (32 closed-loop clients on keep-alive connections, ~2 KB
# JSON bodies) against the thin bridge (dev.assay.bench.bridge: the JDK's HTTP server handing each body to a
# KafkaProducer with intake's settings, answering 202 after the acknowledgement), driven by the same client against
# the same broker in the same run. Each target is started cold, measured in its first minute after readiness, warmed
# up (at least 20 s and 20 000 requests since it became ready), measured for a minute, and stopped before the next
# starts. On a local stack started for the run (Kafka and MongoDB, ports 18081-18085, 19092-19093, 27117, moved by
# BENCH_PORT_OFFSET) with its data in a temporary directory.
#
#   deploy/benchmarks/run-intake.sh [--help] [--build] [--profile] [--rounds=N] [--full-stack] [--intake-arg=...]
#                                   [--intake-jvm-arg=...] [driver options]
#
#   --build       rebuild the jars first (otherwise only when one is missing)
#   --profile     record a JFR of each target during each window and print its hottest methods (the recording
#                 slows the target down: read its samples as shares, not its rates)
#   --rounds=N    measure intake, then the bridge, N times (default 1); the verdict takes the median round
#   --targets=intake,bridge  what to measure in each round, in this order (default both), e.g. --targets=intake to
#                 try a setting quickly (no ratio without the bridge)
#   --full-stack  also run classification- and report-service, which consume what intake publishes and compete for
#                 the CPU; measures intake only (the bridge's records are not communications)
#   --intake-arg=--name=value  a Spring property for intake-service, to try a setting without changing it
#                 (repeatable), e.g. --intake-arg=--spring.kafka.producer.properties.linger.ms=5
#   --intake-jvm-arg=-X...     a JVM option for intake-service only (repeatable), e.g. -XX:TieredStopAtLevel=1;
#                 BENCH_JVM_OPTS in the environment goes to every JVM this script starts, bridge included
#   --intake-cds  run intake from its extracted jar with a class-data sharing archive, made first by a training
#                 run that stops once the application context is refreshed (-Dspring.context.exit=onRefresh)
#   driver options, e.g. --clients=32 --cold=60s --skip-cold --warm-up=20s --warm-up-requests=20000
#                 --max-warm-up=3m --duration=60s --body-bytes=1700
#
# Takes about 6 minutes a round (each phase is bounded: readiness 4 minutes, warm-up 3, the driver 20 in all).
# Figures and logs: deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

build=false profile=false full_stack=false cds=false rounds=1 targets=intake,bridge driver_args=() intake_args=()
intake_jvm_args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --full-stack) full_stack=true ;;
    --intake-cds) cds=true ;;
    --rounds=*) rounds="${arg#--rounds=}" ;;
    --targets=*) targets="${arg#--targets=}" ;;
    --intake-arg=*) intake_args+=("${arg#--intake-arg=}") ;;
    --intake-jvm-arg=*) intake_jvm_args+=("${arg#--intake-jvm-arg=}") ;;
    *) driver_args+=("$arg") ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be a positive number, was '$rounds'" >&2; exit 2; }
[[ "$targets" =~ ^(intake|bridge)(,(intake|bridge))*$ ]] || { echo "--targets takes intake and/or bridge" >&2; exit 2; }
[[ "$full_stack" == false ]] || targets=intake

bench_build "$build"
bench_dirs intake
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine

bench_start_stack infra
if [[ "$full_stack" == true ]]; then
  bench_start_service classification-service \
    "classification-service/target/classification-service-${VERSION}-exec.jar" $BENCH_CLASSIFICATION_PORT
  classification_pid=$BENCH_LAST_PID
  bench_start_service report-service "report-service/target/report-service-${VERSION}-exec.jar" $BENCH_REPORT_PORT
  bench_await_ready classification-service $BENCH_CLASSIFICATION_PORT "$classification_pid"
  bench_await_ready report-service $BENCH_REPORT_PORT "$BENCH_LAST_PID"
fi

intake_jar="intake-service/target/intake-service-${VERSION}-exec.jar"
if [[ "$cds" == true ]]; then
  # class-data sharing needs the classes in plain jars, not nested in the executable one
  cds_dir="$BENCH_RUN_DIR/cds"
  java -Djarmode=tools -jar "$intake_jar" extract --destination "$cds_dir/app" > "$cds_dir-extract.log" 2>&1
  intake_jar="$cds_dir/app/intake-service-${VERSION}-exec.jar"
  training_started=$(date +%s%3N)
  SERVER_PORT=0 ASSAY_MANAGEMENT_PORT=0 ASSAY_INTAKE_ID_SECRET="$(bench_intake_id_secret)" \
    KAFKA_BOOTSTRAP_SERVERS="$BENCH_BOOTSTRAP" MONGODB_URI="$BENCH_MONGO_URI" \
    timeout 5m java $BENCH_SERVICE_XMX ${BENCH_JVM_OPTS:-} -XX:ArchiveClassesAtExit="$cds_dir/intake.jsa" \
    -Dspring.context.exit=onRefresh -jar "$intake_jar" > "$cds_dir-training.log" 2>&1
  bench_log "CDS archive of intake: $(du -h "$cds_dir/intake.jsa" | cut -f1) in $(( ($(date +%s%3N) - training_started) / 1000 )) s"
  intake_jvm_args+=(-XX:SharedArchiveFile="$cds_dir/intake.jsa")
fi

results=()
# Starts a target cold, measures it with the driver, stops it.
measure() {
  local target="$1" round="$2" port pid ready_url
  if [[ "$target" == intake ]]; then
    port=$BENCH_INTAKE_PORT
    bench_start_java "intake-service-${round}" "$port" ${intake_jvm_args[@]+"${intake_jvm_args[@]}"} \
      -jar "$intake_jar" ${intake_args[@]+"${intake_args[@]}"}
    ready_url="http://127.0.0.1:$(bench_management_port "$port")/actuator/health/readiness"
  else
    port=$BENCH_BRIDGE_PORT
    bench_start_java "thin-bridge-${round}" "$port" $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" \
      dev.assay.bench.bridge.ThinBridgeApplication --port="$port" --bootstrap-servers="$BENCH_BOOTSTRAP"
    ready_url="http://127.0.0.1:${port}/ready"
  fi
  pid=$BENCH_LAST_PID
  local result="$BENCH_RUN_DIR/result-${round}-${target}.json" pid_args=(--target-pid="$pid")
  [[ -n "${BENCH_KAFKA_PID:-}" ]] && pid_args+=(--kafka-pid="$BENCH_KAFKA_PID")
  [[ -n "${BENCH_MONGO_PID:-}" ]] && pid_args+=(--mongo-pid="$BENCH_MONGO_PID")
  [[ "$profile" == true ]] && pid_args+=(--profile-dir="$BENCH_RUN_DIR/round-${round}")
  bench_log "round ${round}: ${target}"
  timeout --signal=TERM --kill-after=30s 20m \
    java $BENCH_DRIVER_OPTS -Xmx1g -cp "$(bench_driver_cp)" dev.assay.bench.intake.IntakeBenchmark \
    --target="$target" --round="$round" --url="http://127.0.0.1:${port}" --ready-url="$ready_url" \
    --started-at="$BENCH_LAST_STARTED_AT" --result="$result" "${pid_args[@]}" \
    ${driver_args[@]+"${driver_args[@]}"} | tee -a "$BENCH_RUN_DIR/driver.txt"
  results+=("$result")
  bench_stop_started "$pid"
}

for (( round = 1; round <= rounds; round++ )); do
  for target in ${targets//,/ }; do measure "$target" "$round"; done
done

java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.intake.IntakeComparison "${results[@]}" \
  | tee "$BENCH_RUN_DIR/summary.txt"

if [[ "$profile" == true ]]; then
  for jfr in "$BENCH_RUN_DIR"/round-*/*.jfr; do
    [[ -f "$jfr" ]] || continue
    echo; echo "== hottest methods: ${jfr#"$BENCH_RUN_DIR"/}"
    java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods "$jfr" 30 \
      | tee "${jfr%.jfr}-hot-methods.txt"
  done
fi
