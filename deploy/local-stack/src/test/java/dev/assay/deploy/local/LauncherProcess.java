package dev.assay.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The launcher as a user runs it: {@code java -jar local-stack-…-exec.jar} in its own OS process, output to a file. */
final class LauncherProcess implements AutoCloseable {

    private final Process process;
    private final Path output;
    private final Path dataDir;

    private LauncherProcess(Process process, Path output, Path dataDir) {
        this.process = process;
        this.output = output;
        this.dataDir = dataDir;
    }

    /**
     * Starts the launcher with its ports and data directory given through the environment, and with no external
     * Kafka or MongoDB inherited from the developer's shell.
     */
    static LauncherProcess start(Path home, Ports ports, Path dataDir, Path output, String... options)
            throws IOException {
        Path jar = home.resolve("deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar");
        List<String> command = new ArrayList<>(List.of(JavaCommand.java(), "-jar", jar.toString(), "--home", home.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.remove("KAFKA_BOOTSTRAP_SERVERS");
        env.remove("MONGODB_URI");
        env.put("ASSAY_DATA_DIR", dataDir.toString());
        env.put("ASSAY_STARTUP_TIMEOUT", String.valueOf(TestStacks.STARTUP_TIMEOUT.toSeconds()));
        env.put("ASSAY_INTAKE_PORT", String.valueOf(ports.intake()));
        env.put("ASSAY_CLASSIFICATION_PORT", String.valueOf(ports.classification()));
        env.put("ASSAY_REPORT_PORT", String.valueOf(ports.report()));
        env.put("ASSAY_KAFKA_PORT", String.valueOf(ports.kafka()));
        env.put("ASSAY_KAFKA_CONTROLLER_PORT", String.valueOf(ports.kafkaController()));
        env.put("ASSAY_MONGO_PORT", String.valueOf(ports.mongo()));
        env.put("ASSAY_MAIL_SMTP_PORT", String.valueOf(ports.mailSmtp()));
        env.put("ASSAY_MAIL_IMAP_PORT", String.valueOf(ports.mailImap()));
        env.put("ASSAY_AUTH_PORT", String.valueOf(ports.auth()));
        env.put("ASSAY_INTAKE_MANAGEMENT_PORT", String.valueOf(ports.intakeManagement()));
        env.put("ASSAY_CLASSIFICATION_MANAGEMENT_PORT", String.valueOf(ports.classificationManagement()));
        env.put("ASSAY_REPORT_MANAGEMENT_PORT", String.valueOf(ports.reportManagement()));
        env.remove("ASSAY_OIDC_ISSUER_URI");
        env.putAll(TestStacks.UNLIMITED); // the services inherit the launcher's environment
        Process process = builder.start();
        process.getOutputStream().close();
        return new LauncherProcess(process, output, dataDir);
    }

    Path dataDir() {
        return dataDir;
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the ready line; fails at once, showing the output, if the launcher exits first. */
    void awaitReady(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("launcher exited before it was ready:%n%s", output()).isTrue();
            return output().lines().anyMatch(line -> line.startsWith(LocalStack.READY_LINE));
        });
    }

    /** Waits for a line of the launcher's output that starts with {@code prefix}; fails at once if it exits. */
    void awaitLine(String prefix, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("launcher exited:%n%s", output()).isTrue();
            return output().lines().anyMatch(line -> line.startsWith(prefix));
        });
    }

    /** The pid of the part's first process, from the launcher's {@code [assay] started <part> (pid N)} line. */
    long pidOf(String part) {
        return pidAfter("[assay] started " + part + " (pid ");
    }

    /** The pid of the part's latest restart, from {@code [assay] restarted <part> (pid N)}. */
    long pidOfRestarted(String part) {
        return pidAfter("[assay] restarted " + part + " (pid ");
    }

    private long pidAfter(String prefix) {
        Matcher pid = Pattern.compile(Pattern.quote(prefix) + "(\\d+)\\)").matcher(output());
        long last = -1;
        while (pid.find()) {
            last = Long.parseLong(pid.group(1));
        }
        assertThat(last).as("a line '%s' in the launcher's output:%n%s", prefix, output()).isPositive();
        return last;
    }

    /** Every process the launcher started (and anything those started), while it runs. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /**
     * The processes the launcher started itself: its parts. Not what a part starts in turn, such as a library probing
     * for an external tool, which may be running for a moment at any time.
     */
    List<ProcessHandle> parts() {
        return process.children().toList();
    }

    /** Waits for the launcher to end on its own. @return its exit code */
    int awaitExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .as("launcher still running after %s:%n%s", timeout, output()).isTrue();
        return process.exitValue();
    }

    /** SIGTERM, as {@code kill -TERM} sends it. @return whether the launcher exited within {@code timeout} */
    boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the launcher if the test has not, and copies its output into the test report. */
    @Override
    public void close() {
        System.out.println(output());
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
