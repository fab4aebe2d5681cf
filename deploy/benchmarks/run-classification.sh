#!/usr/bin/env bash
# Issue 4's benchmark: records per second of classification-service against a pass-through function with the same
# binder settings, both reading the same backlog of ~2 KB CommunicationReceived records (six languages) from
# communications.received.v1 on a local stack started for the run (Kafka 19092, MongoDB 27117, data in a temporary
# directory). One at a time, so they never share the CPU:
#   1. the backlog (--records, 100 000 by default) is written before either service starts;
#   2. classification-service (-Xmx384m, as the launcher runs it) reads it; its rate comes from the timestamps of its
#      output records on communications.classified.v1, the first --warm-up-records (10 000) left out; then its
#      memory (peak RSS, heap before and after a full GC) is read and it is stopped;
#   3. the pass-through (deploy/benchmarks' exec jar, -Xmx384m) reads the same backlog under its own consumer group
#      and writes benchmark.pass-through.v1, measured the same way.
#
#   deploy/benchmarks/run-classification.sh [--help] [--build] [--profile] [--records=N] [--warm-up-records=N]
#                                           [--body-bytes=N] [--timeout=12m] [--service-arg=--name=value ...]
#
#   --service-arg=--name=value  a Spring property for BOTH classification-service and the pass-through (repeatable),
#       to try a binder setting on both sides without editing either, e.g.
#       --service-arg=--spring.cloud.stream.bindings.classify-in-0.consumer.concurrency=2 (binding names differ:
#       classify-* for the service, passThrough-* for the pass-through; give both)
#
# Takes 5-15 minutes on 2 cores (each phase is bounded: --timeout, 12 minutes by default). Figures and logs:
# deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

service_args=()
build=false profile=false records=100000 warm_up=10000 body_bytes=1600 phase_timeout=12m
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --records=*) records="${arg#*=}" ;;
    --warm-up-records=*) warm_up="${arg#*=}" ;;
    --body-bytes=*) body_bytes="${arg#*=}" ;;
    --timeout=*) phase_timeout="${arg#*=}" ;;
    --service-arg=*) service_args+=("${arg#--service-arg=}") ;;
    *) echo "unknown option $arg (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

bench_build "$build"
bench_dirs classification
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_machine
driver() {
  java $BENCH_DRIVER_OPTS -Xmx512m -cp "$(bench_driver_cp)" dev.assay.bench.classification.ClassificationBenchmark "$@"
}

bench_start_stack infra
driver produce --bootstrap-servers="$BENCH_BOOTSTRAP" --records="$records" --body-bytes="$body_bytes"

# measure <label> <output topic> <pid>
measure() {
  local profile_args=()
  [[ "$profile" == true ]] && profile_args=(--profile-dir="$BENCH_RUN_DIR")
  timeout --kill-after=30s 16m java $BENCH_DRIVER_OPTS -Xmx512m -cp "$(bench_driver_cp)" \
    dev.assay.bench.classification.ClassificationBenchmark measure --bootstrap-servers="$BENCH_BOOTSTRAP" \
    --label="$1" --topic="$2" --pid="$3" --records="$records" --warm-up-records="$warm_up" \
    --timeout="$phase_timeout" --result="$BENCH_RUN_DIR/$1.properties" ${profile_args[@]+"${profile_args[@]}"}
}

bench_start_service classification-service \
  "classification-service/target/classification-service-${VERSION}-exec.jar" $BENCH_CLASSIFICATION_PORT \
  ${service_args[@]+"${service_args[@]}"}
classification_pid=$BENCH_LAST_PID
measure classification-service communications.classified.v1 "$classification_pid"
bench_stop_pid "$classification_pid" 40

bench_start_service pass-through "deploy/benchmarks/target/benchmarks-${VERSION}-exec.jar" $BENCH_PASS_THROUGH_PORT \
  ${service_args[@]+"${service_args[@]}"}
pass_through_pid=$BENCH_LAST_PID
measure pass-through benchmark.pass-through.v1 "$pass_through_pid"
bench_stop_pid "$pass_through_pid" 40

driver compare --service="$BENCH_RUN_DIR/classification-service.properties" \
  --baseline="$BENCH_RUN_DIR/pass-through.properties" | tee "$BENCH_RUN_DIR/summary.txt"

if [[ "$profile" == true ]]; then
  for name in classification-service pass-through; do
    if [[ -f "$BENCH_RUN_DIR/$name.jfr" ]]; then
      echo; echo "== hottest methods of $name after the warm-up"
      java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods \
        "$BENCH_RUN_DIR/$name.jfr" 30 \
        | tee "$BENCH_RUN_DIR/$name-hot-methods.txt"
    fi
  done
fi
