package dev.assay.report.ops;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.CounterStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands as an operator runs them: arguments, environment, printed answer and exit status. */
class ReportCommandsTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void commandsAreRecognisedAndAnythingElseStartsTheService() {
        assertThat(ReportCommands.isCommand(new String[]{"recount"})).isTrue();
        assertThat(ReportCommands.isCommand(new String[]{"replay-dead-letters", "--dry-run"})).isTrue();
        assertThat(ReportCommands.isCommand(new String[]{"--server.port=9000"})).isFalse();
        assertThat(ReportCommands.isCommand(new String[0])).isFalse();
    }

    @Test
    void aRecountWithoutDriftSaysSoAndExitsZero() {
        communication("c-1", "total", "country|KE");
        counter("total", 1);
        counter("country|KE", 1);

        int status = run("recount");

        assertThat(status).isZero();
        assertThat(output()).contains("Recounted 1 communications (0 with a projection under way, 0 not read): "
                + "2 counters, drift 0");
    }

    @Test
    void aRecountWithDriftListsTheCountersAndExitsThreeUntilRepaired() {
        communication("c-1", "total", "country|KE");
        communication("c-2", "total");
        counter("total", 3);
        counter("country|KE", 1);

        int status = run("recount");
        int repaired = run("recount", "--repair");
        int after = run("recount", "--json");

        assertThat(status).isEqualTo(ReportCommands.DRIFT);
        assertThat(repaired).isZero();
        assertThat(after).isZero();
        assertThat(output()).contains("total", "3", "2", "+1").contains("Repaired")
                .contains("\"drift\":0");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("recount", "--everything")).isEqualTo(2);
        assertThat(output()).contains("unknown option --everything").contains("usage:");
    }

    private int run(String... args) {
        return ReportCommands.run(args, Map.of("MONGODB_URI", mongo.uri() + "/assay"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static void communication(String id, String... countedKeys) {
        mongo.template().getCollection(CommunicationDocuments.COLLECTION)
                .insertOne(new Document("_id", id).append("countedKeys", List.of(countedKeys)));
    }

    private static void counter(String id, long count) {
        mongo.template().getCollection(CounterStore.COLLECTION).insertOne(new Document("_id", id).append("count", count));
    }
}
