package dev.assay.bench.intake;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.profile.FlightRecording;
import dev.assay.bench.report.CompilerCpu;
import dev.assay.bench.report.CpuWatch;
import dev.assay.bench.report.LatencySummary;
import dev.assay.bench.report.Machine;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One phase of issue 9's intake benchmark: waits for a target (intake-service or the thin bridge, started by
 * {@code run-intake.sh}) to be ready, then drives {@code POST /api/v1/communications} with a closed loop of clients,
 * measuring the first minute after readiness (cold) and a minute after the warm-up (warm), and writes a
 * {@link PhaseResult}. {@link IntakeComparison} compares the phases of a run.
 */
public final class IntakeBenchmark {

    private static final Set<String> OPTIONS = Set.of("target", "round", "url", "ready-url", "started-at",
            "target-pid", "kafka-pid", "mongo-pid", "clients", "cold", "skip-cold", "warm-up", "warm-up-requests", "max-warm-up",
            "duration", "body-bytes", "bodies", "profile-dir", "result", "ready-timeout");

    /** the warm window opens only once the target's compiler threads used at most this over 10 s */
    static final double JIT_SETTLED_CORES = 0.05;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a;
        try {
            a = Arguments.parse(args, OPTIONS);
            a.required("url");
            a.required("ready-url");
            a.required("result");
        } catch (IllegalArgumentException e) {
            System.err.println("intake benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        String target = a.string("target", "intake");
        URI submit = URI.create(a.required("url").replaceAll("/+$", "") + "/api/v1/communications");
        int clients = a.positiveInt("clients", 32);
        Duration cold = a.flag("skip-cold") ? null : a.duration("cold", Duration.ofSeconds(60));
        ClosedLoopLoad.WarmUp warmUp = new ClosedLoopLoad.WarmUp(a.duration("warm-up", Duration.ofSeconds(20)),
                a.positiveLong("warm-up-requests", 20_000), a.duration("max-warm-up", Duration.ofMinutes(3)));
        Duration measured = a.duration("duration", Duration.ofSeconds(60));
        List<byte[]> bodies = RequestBodies.make(a.positiveInt("bodies", 1000), 42, a.positiveInt("body-bytes", 1700));
        Map<String, Long> pids = pids(a, target);
        System.out.printf("[bench] %s: %d request bodies, mean %.0f bytes; %d clients; cold window %s; warm-up at "
                        + "least %d s and %d requests, at most %d s; measured %d s%n", target, bodies.size(),
                RequestBodies.meanSize(bodies), clients, cold == null ? "none" : cold.toSeconds() + " s",
                warmUp.minimum().toSeconds(), warmUp.requests(), warmUp.maximum().toSeconds(), measured.toSeconds());

        ProcessHandle service = pids.containsKey(target) ? ProcessHandle.of(pids.get(target)).orElse(null) : null;
        long ready = Readiness.await(URI.create(a.required("ready-url")), a.duration("ready-timeout",
                Duration.ofMinutes(4)), service);
        double readySeconds = readySeconds(a, ready);
        Instant startedAt = Instant.now();
        System.out.printf("[bench] %s ready%s; load starts now (load average %s)%n", target,
                readySeconds < 0 ? "" : String.format(java.util.Locale.ROOT, " %.1f s after its JVM started",
                        readySeconds), Machine.loadAverage());

        String profileDir = a.string("profile-dir", null);
        if (profileDir != null) {
            Files.createDirectories(Path.of(profileDir));
        }
        Observer observer = new Observer(target, pids, profileDir);
        JitSettling jit = new JitSettling(() -> service == null ? java.util.OptionalLong.empty()
                : CompilerCpu.millis(service.pid()), System::nanoTime, Duration.ofSeconds(10), JIT_SETTLED_CORES);
        ClosedLoopLoad.Result result = new ClosedLoopLoad(submit, clients, bodies, Duration.ofSeconds(30))
                .run(cold, warmUp, measured, observer, jit::settled);
        PhaseResult phase = new PhaseResult(target, a.positiveInt("round", 1), startedAt.toString(), clients,
                RequestBodies.meanSize(bodies), readySeconds, observer.figures(ClosedLoopLoad.COLD, result.cold()),
                observer.figures(ClosedLoopLoad.WARM, result.warm()), result.warmUpRequests(),
                result.warmUpTook().toMillis() / 1000.0,
                java.util.Arrays.stream(result.acceptedPerSecond()).boxed().toList());
        phase.write(Path.of(a.required("result")));
        print(phase);
    }

    private static double readySeconds(Arguments a, long readyNanos) {
        String startedAt = a.string("started-at", null);
        if (startedAt == null) {
            return -1;
        }
        long sinceReady = System.nanoTime() - readyNanos;
        long readyEpochMillis = System.currentTimeMillis() - sinceReady / 1_000_000;
        return (readyEpochMillis - Long.parseLong(startedAt)) / 1000.0;
    }

    private static void print(PhaseResult phase) {
        for (PhaseResult.Window w : new PhaseResult.Window[] {phase.cold(), phase.warm()}) {
            if (w == null) {
                continue;
            }
            System.out.printf(java.util.Locale.ROOT, "[bench] %s %s window: %d accepted in %.0f s = %.1f/s, p99 %.1f "
                            + "ms, %d errors %s; CPU %s; load average %s%n", phase.target(),
                    w == phase.cold() ? "cold" : "warm", w.latency().count(), w.seconds(), w.acceptedPerSecond(),
                    w.latency().p99(), w.errorCount(), w.errors(), w.cpuMillis(), w.loadAverage());
        }
        System.out.printf(java.util.Locale.ROOT, "[bench] %s warm-up: %d requests in %.0f s%n", phase.target(),
                phase.warmUpRequests(), phase.warmUpSeconds());
        System.out.println("[bench] " + phase.target() + " requests/s in each 5 s after readiness: "
                + everyFiveSeconds(phase.acceptedPerSecond()));
    }

    /** The mean rate of each 5 s, e.g. {@code 120 840 1510 …}: how fast the target got up to speed. */
    static String everyFiveSeconds(List<Long> perSecond) {
        StringBuilder out = new StringBuilder();
        for (int from = 0; from + 5 <= perSecond.size(); from += 5) {
            long sum = 0;
            for (int i = from; i < from + 5; i++) {
                sum += perSecond.get(i);
            }
            out.append(out.isEmpty() ? "" : " ").append(sum / 5);
        }
        return out.toString();
    }

    private static Map<String, Long> pids(Arguments a, String target) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (a.string("target-pid", null) != null) {
            pids.put(target, a.positiveLong("target-pid", 0));
        }
        if (a.string("kafka-pid", null) != null) {
            pids.put("kafka", a.positiveLong("kafka-pid", 0));
        }
        if (a.string("mongo-pid", null) != null) {
            pids.put("mongo", a.positiveLong("mongo-pid", 0));
        }
        pids.put("load driver", ProcessHandle.current().pid());
        return pids;
    }

    /** Takes the CPU time of each window and, when asked, a flight recording of the target during each. */
    private static final class Observer implements ClosedLoopLoad.Windows {

        private final String target;
        private final Map<String, Long> pids;
        private final String profileDir;
        private final CpuWatch[] cpu = new CpuWatch[2];
        private final String[] loadAverage = new String[2];
        private final long[] jitAtOpen = new long[2];
        private final long[] jitSpent = new long[2];
        private FlightRecording recording;

        Observer(String target, Map<String, Long> pids, String profileDir) {
            this.target = target;
            this.pids = pids;
            this.profileDir = profileDir;
        }

        @Override
        public void opened(int window) {
            cpu[window] = new CpuWatch(pids).start();
            jitAtOpen[window] = jitMillis();
            if (window == ClosedLoopLoad.WARM) {
                System.out.println("[bench] warm-up over; measuring (load average " + Machine.loadAverage() + ")");
            }
            if (profileDir != null && pids.containsKey(target)) {
                recording = FlightRecording.start(pids.get(target), Path.of(profileDir,
                        target + (window == ClosedLoopLoad.COLD ? "-cold" : "") + ".jfr"));
            }
        }

        @Override
        public void closed(int window) {
            cpu[window].stop();
            jitSpent[window] = jitMillis() - jitAtOpen[window];
            loadAverage[window] = Machine.loadAverage();
            if (recording != null) {
                System.out.println("[bench] flight recording: " + recording.stop());
                recording = null;
            }
        }

        PhaseResult.Window figures(int window, ClosedLoopLoad.Window measured) {
            if (measured == null) {
                return null;
            }
            Map<String, Long> spent = new LinkedHashMap<>(cpu[window].spentMillis());
            if (pids.containsKey(target)) {
                spent.put(target + " JIT", jitSpent[window]);
            }
            return new PhaseResult.Window(measured.length().toMillis() / 1000.0, measured.acceptedPerSecond(),
                    LatencySummary.of(measured.accepted()), measured.errors(), spent, loadAverage[window]);
        }

        private long jitMillis() {
            return pids.containsKey(target) ? CompilerCpu.millis(pids.get(target)).orElse(0) : 0;
        }
    }
}
