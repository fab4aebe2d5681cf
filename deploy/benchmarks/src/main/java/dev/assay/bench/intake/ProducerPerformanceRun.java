package dev.assay.bench.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Kafka's own {@code org.apache.kafka.tools.ProducerPerformance} in a JVM of its own, from the embedded broker's
 * classpath (which includes kafka-tools), against the stack's broker: the ceiling a Kafka producer reaches here.
 */
final class ProducerPerformanceRun {

    static final String MAIN = "org.apache.kafka.tools.ProducerPerformance";

    private final String classpath;
    private final String bootstrapServers;
    private final Path logDir;

    ProducerPerformanceRun(Path brokerClasspathFile, String bootstrapServers, Path logDir) throws IOException {
        this.classpath = Files.readString(brokerClasspathFile, StandardCharsets.UTF_8).trim();
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /**
     * @param extraProps producer properties beyond bootstrap.servers and acks=all, such as {@code linger.ms=10}
     * @throws IllegalStateException when the tool fails or prints no closing line within {@code timeout}
     */
    ProducerPerformanceResult run(String label, String topic, long records, int recordSize, List<String> extraProps,
                                  Duration timeout) throws IOException, InterruptedException {
        List<String> command = command(topic, records, recordSize, extraProps);
        Path log = logDir.resolve("producer-performance-" + label + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("ProducerPerformance (" + label + ") took longer than "
                    + timeout.toSeconds() + " s; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return ProducerPerformanceResult.parse(output).orElseThrow(() -> new IllegalStateException(
                "ProducerPerformance (" + label + ") exited " + process.exitValue() + " without a result; see " + log));
    }

    List<String> command(String topic, long records, int recordSize, List<String> extraProps) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // the tool formats its figures with the default locale; the parser reads a dot
                "-Duser.language=en", "-Duser.country=US", "-cp", classpath, MAIN,
                "--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"));
        command.addAll(extraProps);
        return command;
    }
}
