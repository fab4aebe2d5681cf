package dev.assay.classification.commands;

import dev.assay.classification.kafka.KafkaClients;
import dev.assay.classification.stream.ClassifiedEvents;
import dev.assay.classification.stream.ReceivedEvents;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.common.KafkaException;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.time.Duration;

/**
 * {@code reclassify [--since=YYYY-MM-DD] [--until=YYYY-MM-DD] [--channel=api|web-form|email] [--country=XX]
 * [--ids=a,b,c] [--dry-run]}: classifies the received communications that match again with this build's taxonomy
 * and publishes the new classifications ({@link Reclassification}), printing progress and the counts.
 */
final class Reclassify implements OperatorCommand {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClients clients;
    private final ReceivedEvents received;
    private final ClassifiedEvents classified;
    private final JsonMapper json;

    Reclassify(KafkaClients clients, ReceivedEvents received, ClassifiedEvents classified, JsonMapper json) {
        this.clients = clients;
        this.received = received;
        this.classified = classified;
        this.json = json;
    }

    @Override
    public void run(CommandLine line, PrintStream out) {
        ReclassificationFilter filter = ReclassificationFilter.of(line);
        boolean dryRun = line.flag("dry-run");
        out.printf("%s %s of %s with taxonomy %s (Kafka at %s)%n", dryRun ? "Dry run: classifying" : "Reclassifying",
                filter, Topics.COMMUNICATIONS_RECEIVED.name(), classified.taxonomyVersion(), clients.bootstrapServers());
        Reclassification.Counts counts;
        try {
            counts = new Reclassification(clients.config(), received, classified, json, KAFKA_TIMEOUT)
                    .run(filter, dryRun, new Reclassification.Progress() {
                        @Override
                        public void started(long records) {
                            out.printf("  %d record(s) to read%n", records);
                        }

                        @Override
                        public void unreadable(String key, String reason) {
                            out.printf("  skipped %s (its dead letter has it): %s%n", key, reason);
                        }

                        @Override
                        public void progressed(Reclassification.Counts counts) {
                            out.printf("  read %d, matched %d, published %d%n", counts.read(), counts.matched(),
                                    counts.published());
                        }
                    });
        } catch (KafkaException e) {
            throw new CommandFailedException("Kafka failed the run: " + e.getMessage(), e);
        }
        out.printf("Read %d, unreadable %d, matched %d, published %d%s%n", counts.read(), counts.unreadable(),
                counts.matched(), counts.published(),
                dryRun ? " (dry run: nothing published)" : " to " + Topics.COMMUNICATIONS_CLASSIFIED.name());
        out.println("By language: " + (counts.byLanguage().isEmpty() ? "none" : counts.byLanguage()));
    }
}
