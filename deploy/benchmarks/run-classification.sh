#!/usr/bin/env bash
# Issue 4's benchmark: records per second of classification-service against a pass-through function with the same
# binder settings, both reading the same backlog of ~2 KB CommunicationReceived records (six languages) from
# communications.received.v1 on a local stack started for the run (Kafka 19092, MongoDB 27117, data in a temporary
# directory). One at a time, so they never share the CPU:
#   1. the backlog (--records, 300 000 by default) is written before either service starts;
#   2. classification-service (-Xmx384m, as the launcher runs it) reads it; its rate comes from the timestamps of its
#      output records on communications.classified.v1, the first --warm-up-records (150 000) left out; then its
#      memory (peak RSS, heap before and after a full GC) is read and it is stopped. The warm-up is long because the
#      pass-through only settles after ~120 000 records (the JIT); with 10 000 it was measured at half its steady
#      rate. Each measurement prints the rate in each tenth of the run, to show where the rate settled;
#   3. the pass-through (deploy/benchmarks' exec jar, -Xmx384m) reads the same backlog under its own consumer group
#      and writes benchmark.pass-through.v1, measured the same way;
#   4. with --rounds=N, steps 2 and 3 again, N times in all, each round under new consumer groups and onto new output
#      topics (suffix -round-<n>), and the verdict is on the median of the rounds' ratios: the CPU a process gets on
#      this shared machine drifts by a third within minutes (deploy/benchmarks/BENCHMARKS.md).
#
#   deploy/benchmarks/run-classification.sh [--help] [--build] [--profile] [--rounds=N] [--records=N]
#                                           [--warm-up-records=N] [--body-bytes=N] [--timeout=12m]
#                                           [--service-arg=--name=value ...]
#
#   --service-arg=--name=value  a Spring property for BOTH classification-service and the pass-through (repeatable),
#       to try a binder setting on both sides without editing either, e.g.
#       --service-arg=--spring.cloud.stream.bindings.classify-in-0.consumer.concurrency=2 (binding names differ:
#       classify-* for the service, passThrough-* for the pass-through; give both)
#
# A round takes 4-6 minutes on 2 cores (each phase is bounded: --timeout, 12 minutes by default). Figures and logs:
# deploy/benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/benchmarks/lib.sh

service_args=()
build=false profile=false rounds=1 records=300000 warm_up=150000 body_bytes=1600 phase_timeout=12m
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --build) build=true ;;
    --profile) profile=true ;;
    --rounds=*) rounds="${arg#*=}" ;;
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

[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be a positive number, was $rounds" >&2; exit 2; }

# measure <label> <output topic> <pid>: figures in $BENCH_RUN_DIR/<label>.properties (and <label>.jfr with --profile)
measure() {
  local profile_args=()
  [[ "$profile" == true ]] && profile_args=(--profile-dir="$BENCH_RUN_DIR")
  timeout --kill-after=30s 16m java $BENCH_DRIVER_OPTS -Xmx512m -cp "$(bench_driver_cp)" \
    dev.assay.bench.classification.ClassificationBenchmark measure --bootstrap-servers="$BENCH_BOOTSTRAP" \
    --label="$1" --topic="$2" --pid="$3" --records="$records" --warm-up-records="$warm_up" \
    --timeout="$phase_timeout" --result="$BENCH_RUN_DIR/$1.properties" ${profile_args[@]+"${profile_args[@]}"}
}

service_results=() baseline_results=() labels=()
for (( round = 1; round <= rounds; round++ )); do
  # round 1 keeps the names the services are configured with; later rounds read the backlog again from the start
  # under consumer groups that have never read it, onto output topics of their own
  suffix="" round_service_args=() round_baseline_args=()
  if (( round > 1 )); then
    suffix="-round-$round"
    round_service_args=(--spring.cloud.stream.bindings.classify-in-0.group=classification-service$suffix
      --assay.classification.topics.classified=communications.classified.v1$suffix)
    round_baseline_args=(--spring.cloud.stream.bindings.passThrough-in-0.group=benchmark-pass-through$suffix
      --bench.publishing.topic=benchmark.pass-through.v1$suffix)
  fi
  (( rounds > 1 )) && bench_log "round $round of $rounds"

  bench_start_service "classification-service$suffix" \
    "classification-service/target/classification-service-${VERSION}-exec.jar" $BENCH_CLASSIFICATION_PORT \
    ${service_args[@]+"${service_args[@]}"} ${round_service_args[@]+"${round_service_args[@]}"}
  classification_pid=$BENCH_LAST_PID
  measure "classification-service$suffix" "communications.classified.v1$suffix" "$classification_pid"
  bench_stop_pid "$classification_pid" 40

  bench_start_service "pass-through$suffix" "deploy/benchmarks/target/benchmarks-${VERSION}-exec.jar" \
    $BENCH_PASS_THROUGH_PORT ${service_args[@]+"${service_args[@]}"} \
    ${round_baseline_args[@]+"${round_baseline_args[@]}"}
  pass_through_pid=$BENCH_LAST_PID
  measure "pass-through$suffix" "benchmark.pass-through.v1$suffix" "$pass_through_pid"
  bench_stop_pid "$pass_through_pid" 40

  service_results+=("$BENCH_RUN_DIR/classification-service$suffix.properties")
  baseline_results+=("$BENCH_RUN_DIR/pass-through$suffix.properties")
  labels+=("classification-service$suffix" "pass-through$suffix")
done

driver compare --service="$(IFS=,; echo "${service_results[*]}")" \
  --baseline="$(IFS=,; echo "${baseline_results[*]}")" | tee "$BENCH_RUN_DIR/summary.txt"

if [[ "$profile" == true ]]; then
  for name in "${labels[@]}"; do
    if [[ -f "$BENCH_RUN_DIR/$name.jfr" ]]; then
      echo; echo "== hottest methods of $name after the warm-up"
      java $BENCH_DRIVER_OPTS -cp "$(bench_driver_cp)" dev.assay.bench.profile.HotMethods \
        "$BENCH_RUN_DIR/$name.jfr" 30 \
        | tee "$BENCH_RUN_DIR/$name-hot-methods.txt"
    fi
  done
fi
