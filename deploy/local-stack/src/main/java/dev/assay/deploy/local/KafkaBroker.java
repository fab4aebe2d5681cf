package dev.assay.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded broker: one KRaft node in combined mode (broker and controller) listening on loopback only. Its
 * storage is formatted once, on first start; afterwards the same log dirs are reused, so topics and consumer
 * offsets survive a restart of the stack.
 */
final class KafkaBroker {

    static final String NAME = "kafka";
    /** Long enough for a controlled shutdown that flushes and closes every partition. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final StackConfig config;
    private final DataDirectory data;
    private final String classpath;

    KafkaBroker(StackConfig config, DataDirectory data, RepositoryLayout layout) {
        this.config = config;
        this.data = data;
        try {
            this.classpath = Files.readString(layout.brokerClasspathFile(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new StackStartException("cannot read " + layout.brokerClasspathFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the configuration and formats the storage if it never was. @return the command that starts the broker,
     * as often as needed
     */
    PartCommand prepare() {
        Path properties = writeFile("server.properties", serverProperties(config.ports(), data.kafkaData()));
        writeFile("log4j2.properties", LOG4J2);
        if (!Files.exists(data.kafkaData().resolve("meta.properties"))) {
            format(properties);
        }
        return new PartCommand(NAME, java("kafka.Kafka", properties.toString()), Map.of(), data.root(),
                data.log(NAME));
    }

    static String serverProperties(Ports ports, Path logDirs) {
        String broker = "127.0.0.1:" + ports.kafka();
        String controller = "127.0.0.1:" + ports.kafkaController();
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=PLAINTEXT://" + broker + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + broker,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirs,
                // one node: every internal topic can only have one replica
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // the services create their topics with the partitions they need; a typo must not create one
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private void format(Path properties) {
        String clusterId = ClusterId.generate();
        ManagedProcess tool = ManagedProcess.start(NAME + "-format",
                java("kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c", properties.toString()),
                Map.of(), data.root(), data.log(NAME + "-format"));
        if (!tool.awaitExit(FORMAT_TIMEOUT)) {
            tool.stop(Duration.ZERO);
            throw new StackStartException("formatting Kafka's storage took longer than " + FORMAT_TIMEOUT.toSeconds()
                    + " s; log " + tool.log() + ":\n" + tool.tail(30));
        }
        if (tool.exitValue() != 0) {
            throw new StackStartException("formatting Kafka's storage failed (exit " + tool.exitValue() + "); log "
                    + tool.log() + ":\n" + tool.tail(30));
        }
    }

    private List<String> java(String mainClass, String... args) {
        Path log4j = data.kafkaConfig().resolve("log4j2.properties");
        List<String> command = new ArrayList<>(List.of(JavaCommand.java(), "-Xmx512m",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeFile(String name, String content) {
        Path file = data.kafkaConfig().resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new StackStartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static final String LOG4J2 = String.join("\n",
            "status = warn",
            "appender.stdout.type = Console",
            "appender.stdout.name = STDOUT",
            "appender.stdout.layout.type = PatternLayout",
            "appender.stdout.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRefs = stdout",
            "rootLogger.appenderRef.stdout.ref = STDOUT",
            // every client and server component prints its whole configuration at INFO
            "logger.config.name = org.apache.kafka.common.config.AbstractConfig",
            "logger.config.level = WARN",
            "logger.kafkaconfig.name = kafka.server.KafkaConfig",
            "logger.kafkaconfig.level = WARN",
            "");
}
