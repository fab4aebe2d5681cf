# Shared by run-intake.sh and run-classification.sh (sourced, from the repository root): build if needed, start the
# local stack detached on ports that leave a developer's own stack (8081-8083, 9092, 27017) alone, with its data in a
# fresh temporary directory, and stop everything this script started when it exits, however it exits.

# BENCH_PORT_OFFSET (default 0) moves every port, so that two engineers can benchmark on one machine at once
BENCH_PORT_OFFSET="${BENCH_PORT_OFFSET:-0}"
BENCH_INTAKE_PORT=$((18081 + BENCH_PORT_OFFSET))
BENCH_CLASSIFICATION_PORT=$((18082 + BENCH_PORT_OFFSET))
BENCH_REPORT_PORT=$((18083 + BENCH_PORT_OFFSET))
BENCH_PASS_THROUGH_PORT=$((18084 + BENCH_PORT_OFFSET))
BENCH_BRIDGE_PORT=$((18085 + BENCH_PORT_OFFSET))
BENCH_KAFKA_PORT=$((19092 + BENCH_PORT_OFFSET))
BENCH_KAFKA_CONTROLLER_PORT=$((19093 + BENCH_PORT_OFFSET))
BENCH_MONGO_PORT=$((27117 + BENCH_PORT_OFFSET))
BENCH_MAIL_SMTP_PORT=$((13025 + BENCH_PORT_OFFSET))
BENCH_MAIL_IMAP_PORT=$((13143 + BENCH_PORT_OFFSET))
BENCH_AUTH_PORT=$((19000 + BENCH_PORT_OFFSET))
# the load comes from one address, far above the public endpoints' rate limit per address: lifted for the run
export ASSAY_RATE_LIMIT_REQUESTS=100000000
# a JVM's actuator (health, Prometheus) answers on its management port, on loopback: its API port + 1000
bench_management_port() { echo $(( $1 + 1000 )); }
BENCH_BOOTSTRAP="127.0.0.1:${BENCH_KAFKA_PORT}"
BENCH_MONGO_URI="mongodb://127.0.0.1:${BENCH_MONGO_PORT}/assay"
# what the launcher gives each service (ServiceProcess)
BENCH_SERVICE_XMX="-Xmx384m"
VERSION=0.1.0-SNAPSHOT

BENCH_JARS=(
  "intake-service/target/intake-service-${VERSION}-exec.jar"
  "classification-service/target/classification-service-${VERSION}-exec.jar"
  "report-service/target/report-service-${VERSION}-exec.jar"
  "deploy/embedded-mongo/target/embedded-mongo-${VERSION}-exec.jar"
  "deploy/embedded-mail/target/embedded-mail-${VERSION}-exec.jar"
  "deploy/embedded-auth/target/embedded-auth-${VERSION}-exec.jar"
  "deploy/embedded-kafka/target/broker.classpath"
  "deploy/local-stack/target/local-stack-${VERSION}-exec.jar"
  "deploy/benchmarks/target/benchmarks-${VERSION}-exec.jar"
  "deploy/benchmarks/target/drivers.classpath"
)

bench_log() { echo "[bench] $*"; }

# Builds the modules the benchmarks run, without their tests, when a jar is missing or when asked to (--build);
# with the modules they depend on (-am), so that contracts comes from this checkout, not from ~/.m2.
bench_build() {
  local force="$1" missing=false
  for jar in "${BENCH_JARS[@]}"; do [[ -f "$jar" ]] || missing=true; done
  if [[ "$force" == true || "$missing" == true ]]; then
    bench_log "building the services, the local stack and the benchmarks (tests skipped)"
    # -am: the modules they depend on (contracts) come from this checkout, not from whatever ~/.m2 holds
    ./mvnw -B -q -DskipTests package -am -pl "intake-service,classification-service,report-service,\
deploy/embedded-kafka,deploy/embedded-mongo,deploy/embedded-mail,deploy/embedded-auth,deploy/local-stack,\
deploy/benchmarks"
  else
    bench_log "using the jars already built (--build rebuilds them)"
  fi
}

bench_driver_cp() { echo "deploy/benchmarks/target/classes:$(cat deploy/benchmarks/target/drivers.classpath)"; }

# JVM options of a load driver: its own quiet logging configuration
BENCH_DRIVER_OPTS="-Dlogback.configurationFile=deploy/benchmarks/target/classes/logback-drivers.xml"

# A fresh run directory for the figures and logs (kept), and a temporary one for the stack's data (deleted).
# With BENCH_KEEP_DATA set to a directory, the stack's data lives there and is kept (to measure again on a full
# store, e.g. after run-projection.sh filled it with a million communications).
bench_dirs() {
  local name="$1"
  BENCH_RUN_DIR="deploy/benchmarks/target/runs/${name}-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$BENCH_RUN_DIR"
  BENCH_RUN_DIR="$(cd "$BENCH_RUN_DIR" && pwd)"
  if [[ -n "${BENCH_KEEP_DATA:-}" ]]; then
    mkdir -p "$BENCH_KEEP_DATA"
    BENCH_DATA_DIR="$(cd "$BENCH_KEEP_DATA" && pwd)"
    bench_log "figures and logs: $BENCH_RUN_DIR; stack data: $BENCH_DATA_DIR (kept)"
  else
    BENCH_DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/assay-bench.XXXXXX")"
    bench_log "figures and logs: $BENCH_RUN_DIR; stack data: $BENCH_DATA_DIR (deleted at the end)"
  fi
}

BENCH_PIDS=()      # processes this script started, stopped in reverse order
BENCH_STACK_PID=""

# Starts the launcher detached (scope: infra or all; further launcher options after it) and waits for its ready line.
bench_start_stack() {
  local scope="$1" timeout=300
  shift
  bench_log "starting the local stack (--only=${scope}) on Kafka ${BENCH_KAFKA_PORT}, MongoDB ${BENCH_MONGO_PORT}"
  setsid java -jar "deploy/local-stack/target/local-stack-${VERSION}-exec.jar" --only="$scope" \
    --data-dir="$BENCH_DATA_DIR" --startup-timeout="$timeout" \
    --intake-port=$BENCH_INTAKE_PORT --classification-port=$BENCH_CLASSIFICATION_PORT \
    --report-port=$BENCH_REPORT_PORT --kafka-port=$BENCH_KAFKA_PORT \
    --kafka-controller-port=$BENCH_KAFKA_CONTROLLER_PORT --mongo-port=$BENCH_MONGO_PORT \
    --mail-smtp-port=$BENCH_MAIL_SMTP_PORT --mail-imap-port=$BENCH_MAIL_IMAP_PORT --auth-port=$BENCH_AUTH_PORT \
    --intake-management-port="$(bench_management_port $BENCH_INTAKE_PORT)" \
    --classification-management-port="$(bench_management_port $BENCH_CLASSIFICATION_PORT)" \
    --report-management-port="$(bench_management_port $BENCH_REPORT_PORT)" "$@" \
    > "$BENCH_RUN_DIR/stack.log" 2>&1 < /dev/null &
  BENCH_STACK_PID=$!
  local waited=0
  until grep -qs "Assay local stack ready" "$BENCH_RUN_DIR/stack.log"; do
    if ! kill -0 "$BENCH_STACK_PID" 2>/dev/null || (( waited > timeout + 30 )); then
      bench_log "the stack did not start; $BENCH_RUN_DIR/stack.log:"; tail -40 "$BENCH_RUN_DIR/stack.log"
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  BENCH_KAFKA_PID="$(sed -n 's/.*started kafka (pid \([0-9]*\)).*/\1/p' "$BENCH_RUN_DIR/stack.log" | head -1)"
  BENCH_MONGO_PID="$(sed -n 's/.*started mongo (pid \([0-9]*\)).*/\1/p' "$BENCH_RUN_DIR/stack.log" | head -1)"
  bench_log "stack ready in ${waited} s (launcher pid $BENCH_STACK_PID, kafka pid ${BENCH_KAFKA_PID:-?}, mongo pid ${BENCH_MONGO_PID:-?})"
}

bench_service_pid() { sed -n "s/.*started $1 (pid \([0-9]*\)).*/\1/p" "$BENCH_RUN_DIR/stack.log" | head -1; }

# Starts a service jar as the launcher would (same -Xmx, same environment); extra JVM options in BENCH_JVM_OPTS.
bench_start_service() {
  local name="$1" jar="$2" port="$3"; shift 3
  bench_start_java "$name" "$port" -jar "$jar" "$@"
}

# Starts `java <-Xmx of a service> $BENCH_JVM_OPTS <args>` in the background with a service's environment.
bench_start_java() {
  local name="$1" port="$2"; shift 2
  BENCH_LAST_STARTED_AT="$(date +%s%3N)"
  SERVER_PORT="$port" KAFKA_BOOTSTRAP_SERVERS="$BENCH_BOOTSTRAP" MONGODB_URI="$BENCH_MONGO_URI" \
    ASSAY_REPORT_BASE_URL="http://localhost:${BENCH_REPORT_PORT}" \
    ASSAY_MANAGEMENT_PORT="$(bench_management_port "$port")" ASSAY_MANAGEMENT_ADDRESS=127.0.0.1 \
    ASSAY_OIDC_ISSUER_URI="http://localhost:${BENCH_AUTH_PORT}" ASSAY_OIDC_ROLES_CLAIM=roles \
    ASSAY_INTAKE_ID_SECRET="$(bench_intake_id_secret)" \
    setsid java $BENCH_SERVICE_XMX ${BENCH_JVM_OPTS:-} "$@" \
    > "$BENCH_RUN_DIR/${name}.log" 2>&1 < /dev/null &
  BENCH_LAST_PID=$!
  BENCH_PIDS+=("$BENCH_LAST_PID")
  local shown=() arg
  for arg in "$@"; do (( ${#arg} > 100 )) && shown+=("${arg:0:40}…") || shown+=("$arg"); done
  bench_log "started ${name} (pid ${BENCH_LAST_PID}, ${BENCH_SERVICE_XMX}${BENCH_JVM_OPTS:+ $BENCH_JVM_OPTS} ${shown[*]}), log $BENCH_RUN_DIR/${name}.log"
}

# Stops one process this script started (see bench_stop_pid) and forgets it.
bench_stop_started() {
  local pid="$1" kept=()
  bench_stop_pid "$pid" 40
  for p in "${BENCH_PIDS[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
  BENCH_PIDS=(${kept[@]+"${kept[@]}"})
}

# report-service creates the topics with the catalogue's layout (partitions, retention): starts it once, waits for it
# to be ready and stops it, so that what a driver produces before report-service runs lands in those partitions.
bench_create_topics_with_report_service() {
  local jar="$1"
  bench_start_service report-service "$jar" $BENCH_REPORT_PORT
  local pid=$BENCH_LAST_PID
  bench_await_ready report-service $BENCH_REPORT_PORT "$pid"
  bench_stop_started "$pid"
}

# Samples report-service's used heap every 250 ms from its actuator, for the rest of the run (stopped with the other
# processes this script started); the driver reads the samples from $BENCH_RUN_DIR.
bench_sample_report_heap() {
  java $BENCH_DRIVER_OPTS -Xmx64m -cp "$(bench_driver_cp)" dev.assay.bench.workbench.WorkbenchBenchmark heap \
    --run-dir="$BENCH_RUN_DIR" --management-url="http://127.0.0.1:$(bench_management_port $BENCH_REPORT_PORT)" \
    > "$BENCH_RUN_DIR/heap-sampler.log" 2>&1 &
  BENCH_PIDS+=($!)
}

# The key of intake's e-mail ids, as the launcher keeps it: one per data directory.
bench_intake_id_secret() {
  local file="$BENCH_DATA_DIR/secrets/intake-id-secret"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077; head -c 32 /dev/urandom | base64 > "$file")
  fi
  cat "$file"
}

# Waits for a JVM started by bench_start_java (API port $2) to answer ready on its management port.
bench_await_ready() {
  local name="$1" port="$2" pid="$3" timeout="${4:-240}" waited=0
  until curl -sf -o /dev/null "http://127.0.0.1:$(bench_management_port "$port")/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2>/dev/null || (( waited > timeout )); then
      bench_log "${name} did not become ready; last lines of its log:"; tail -30 "$BENCH_RUN_DIR/${name}.log"
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  bench_log "${name} ready after ${waited} s"
}

# SIGTERM, then up to $2 seconds for a graceful stop, then SIGKILL.
bench_stop_pid() {
  local pid="$1" grace="${2:-40}" waited=0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < grace )); do sleep 1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    bench_log "pid $pid did not stop in ${grace} s; killing it"; kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

bench_cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for (( i=${#BENCH_PIDS[@]}-1; i>=0; i-- )); do bench_stop_pid "${BENCH_PIDS[$i]}" 40; done
  if [[ -n "$BENCH_STACK_PID" ]]; then
    bench_log "stopping the local stack"
    bench_stop_pid "$BENCH_STACK_PID" 120
  fi
  if [[ -n "${BENCH_DATA_DIR:-}" && -d "$BENCH_DATA_DIR" ]]; then
    cp -r "$BENCH_DATA_DIR/logs" "$BENCH_RUN_DIR/stack-logs" 2>/dev/null || true
    [[ -n "${BENCH_KEEP_DATA:-}" ]] || rm -rf "$BENCH_DATA_DIR"
  fi
  bench_log "done; figures and logs in $BENCH_RUN_DIR"
  exit $status
}

bench_machine() {
  local memory
  memory="$(free -g | awk '/^Mem:/ {print $2 " GiB memory, " $7 " GiB available"}')"
  bench_log "machine: $(nproc) cores; ${memory}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
