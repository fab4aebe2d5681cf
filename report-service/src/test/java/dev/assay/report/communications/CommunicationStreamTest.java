package dev.assay.report.communications;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.communications.CommunicationStream.Selection;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.projection.ProjectionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents that list every communication (the compilation) read them from a cursor, a batch at a time, in receipt
 * order, matched by the counters they count in, however many there are.
 */
class CommunicationStreamTest {

    private static final List<String> commands = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo(new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            commands.add(event.getCommandName());
        }
    });

    private final CommunicationStream stream = new CommunicationStream(mongo.template(),
            new CommunicationDocuments(JsonMapper.builder().build()));

    @BeforeEach
    void project1201Communications() {
        List<CommunicationClassified> events = new ArrayList<>();
        Instant first = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 1201; i++) {
            events.add(aClassification().id(String.format("c-%04d", 1200 - i)).receivedAt(first.plusSeconds(60L * i)
                            .toString()).from(SubmitterType.MEMBER_STATE, i % 2 == 0 ? "KE" : "FR")
                    .themes(i % 3 == 0 ? Theme.BEST_PRACTICES : Theme.RESOURCE_RECOVERY).build());
        }
        new ProjectionFixture(mongo).project(events);
        commands.clear();
    }

    @Test
    void everyCommunicationIsReadOnceInReceiptOrderFromACursorInBatches() throws Exception {
        List<Instant> received = new ArrayList<>();

        stream.each(Selection.of(ReportFilter.NONE), view -> received.add(view.receivedAt()));

        assertThat(received).hasSize(1201).isSorted();
        assertThat(commands).containsExactly("find", "getMore", "getMore");
    }

    @Test
    void aSelectionRequiresAndExcludesCountersOnTopOfTheFilter() throws Exception {
        List<String> ids = new ArrayList<>();

        stream.each(new Selection(ReportFilter.NONE, List.of("theme|best-practices"), List.of("country|FR")),
                view -> ids.add(view.id()));

        // every third is on best practices, and of those every other one is Kenyan: i = 0, 6, 12, ..., 1200
        assertThat(ids).hasSize(201).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(2)) % 6).isZero());
    }

    @Test
    void theCountedKeysAloneAreEnoughForATallyInReceiptOrder() throws Exception {
        long[] kenyan = {0};
        List<String> ids = new ArrayList<>();

        stream.countedKeys(Selection.of(ReportFilter.NONE), counted -> {
            kenyan[0] += counted.keys().contains("country|KE") ? 1 : 0;
            ids.add(counted.id());
        });

        assertThat(kenyan[0]).isEqualTo(601);
        // c-1200 was received first, c-0000 last
        assertThat(ids).hasSize(1201).startsWith("c-1200", "c-1199").endsWith("c-0001", "c-0000");
    }

    @Test
    void communicationsAreReadByIdInTheOrderGivenABatchAtATime() throws Exception {
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i <= 1200; i += 2) {
            wanted.add(String.format("c-%04d", i));
        }
        wanted.add(3, "c-missing");
        List<String> read = new ArrayList<>();

        stream.byIds(wanted, view -> read.add(view.id()));

        assertThat(read).isEqualTo(wanted.stream().filter(id -> !id.equals("c-missing")).toList());
        // 602 ids: two reads by _id, nothing scanned
        assertThat(commands).containsExactly("find", "find");
    }
}
