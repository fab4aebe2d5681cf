package dev.assay.classification.commands;

import dev.assay.classification.kafka.KafkaClients;
import dev.assay.contracts.topics.DeadLetterReplay;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.common.KafkaException;

import java.io.PrintStream;
import java.time.Duration;

/**
 * {@code replay-dead-letters [--dry-run]}: sends the dead letters of {@code communications.received.v1} back to it
 * once the fault that put them there is fixed ({@link DeadLetterReplay}: what was replayed is remembered as the
 * consumer group {@code assay-replay.communications.received.v1.dlt}, so running it again sends only newer letters).
 * Prints each letter's key and reason, and the total.
 */
final class ReplayDeadLetters implements OperatorCommand {

    private static final Topic<String, ?> SOURCE = Topics.COMMUNICATIONS_RECEIVED;
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClients clients;

    ReplayDeadLetters(KafkaClients clients) {
        this.clients = clients;
    }

    @Override
    public void run(CommandLine line, PrintStream out) {
        boolean dryRun = line.flag("dry-run");
        String deadLetters = SOURCE.deadLetter().name();
        out.printf("%s %s into %s (Kafka at %s)%n", dryRun ? "Dry run: listing" : "Replaying", deadLetters,
                SOURCE.name(), clients.bootstrapServers());
        DeadLetterReplay.Result result;
        try {
            result = new DeadLetterReplay(clients.config(), KAFKA_TIMEOUT).replay(SOURCE, dryRun,
                    letter -> out.printf("  %s  (%s-%d@%d)  %s%n", letter.key(), deadLetters, letter.partition(),
                            letter.offset(), letter.reason() == null ? "no reason recorded" : letter.reason()));
        } catch (IllegalStateException | KafkaException e) {
            throw new CommandFailedException(dryRun ? "the dry run stopped: " + e.getMessage()
                    : "the replay stopped: " + e.getMessage() + "; the letters Kafka took before are remembered as "
                    + "replayed, run it again to go on", e);
        }
        int count = result.letters().size();
        out.println(dryRun
                ? count + " dead letter(s) would be replayed; nothing was sent"
                : count + " dead letter(s) replayed into " + SOURCE.name());
    }
}
