package dev.assay.classification.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The operator commands, with the options each understands. */
enum Command {

    REPLAY_DEAD_LETTERS("replay-dead-letters", ReplayDeadLetters.class, line -> line.flag("dry-run"), "dry-run"),
    RECLASSIFY("reclassify", Reclassify.class, line -> {
        ReclassificationFilter.of(line);
        line.flag("dry-run");
    }, "since", "until", "channel", "country", "ids", "dry-run");

    static final String USAGE = """
            usage: java -jar classification-service-<version>-exec.jar <command> [--option=value ...] [--spring.property=value ...]
              replay-dead-letters [--dry-run]
                  sends communications.received.v1.dlt back to communications.received.v1
              reclassify [--since=YYYY-MM-DD] [--until=YYYY-MM-DD] [--channel=api|web-form|email] [--country=XX] [--ids=a,b,c] [--dry-run]
                  classifies the received communications again with this build's taxonomy
            Kafka: KAFKA_BOOTSTRAP_SERVERS (default localhost:9092), as for the service.""";

    private final String id;
    private final Class<? extends OperatorCommand> type;
    private final Consumer<CommandLine> check;
    private final List<String> options;

    Command(String id, Class<? extends OperatorCommand> type, Consumer<CommandLine> check, String... options) {
        this.id = id;
        this.type = type;
        this.check = check;
        this.options = List.of(options);
    }

    static Optional<Command> named(String id) {
        return Arrays.stream(values()).filter(command -> command.id.equals(id)).findFirst();
    }

    String id() {
        return id;
    }

    Class<? extends OperatorCommand> type() {
        return type;
    }

    List<String> options() {
        return options;
    }

    /** Reads the option values as the command will, so that a wrong one is reported before anything starts. */
    void check(CommandLine line) {
        check.accept(line);
    }
}
