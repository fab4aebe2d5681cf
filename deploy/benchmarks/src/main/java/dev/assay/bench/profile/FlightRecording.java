package dev.assay.bench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JDK Flight Recording of another JVM, started and stopped with {@code jcmd} exactly around a measured phase, so
 * start-up and warm-up do not dilute the profile. Uses the JDK's {@code default} settings (method samples every
 * 20 ms), without the {@code profile} settings' object promotion and allocation events. A recording still slows the
 * service (classification-service 1 577-1 662 records/s under {@code profile}, 1 877 under {@code default}, against
 * 2 500-3 200 unrecorded, all measured after a 10 000-record warm-up): read its samples as shares, not its rate.
 */
public final class FlightRecording {

    private static final String NAME = "assay-benchmark";

    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    public static FlightRecording start(long pid, Path file) {
        FlightRecording recording = new FlightRecording(pid, file.toAbsolutePath());
        recording.jcmd("JFR.start", "name=" + NAME, "settings=default", "filename=" + recording.file);
        return recording;
    }

    /** Stops the recording and writes it to its file. */
    public Path stop() {
        jcmd("JFR.stop", "name=" + NAME);
        return file;
    }

    private void jcmd(String... command) {
        List<String> full = new java.util.ArrayList<>(List.of(jcmdPath(), Long.toString(pid)));
        full.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                System.err.println("[bench] jcmd " + String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            System.err.println("[bench] cannot run jcmd: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** jcmd of the JDK this driver runs on, which is the one the stack's JVMs run on. */
    public static String jcmdPath() {
        Path jdk = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return jdk.toFile().canExecute() ? jdk.toString() : "jcmd";
    }
}
