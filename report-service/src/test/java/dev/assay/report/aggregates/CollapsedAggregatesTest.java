package dev.assay.report.aggregates;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.report.communications.UnindexedReads;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.projection.ProjectionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.assay.report.CampaignLetters.copy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With campaigns collapsed, the counters (each less its copy key) and a scan that leaves the copies out give the same
 * figures for every combination the counters hold, over {@link ReportData} and a letter sent by four senders.
 */
class CollapsedAggregatesTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final Aggregates aggregates = new Aggregates(new CounterStore(mongo.template()),
            new CommunicationTally(mongo.template()), new UnindexedReads(mongo.template(), Long.MAX_VALUE));

    @BeforeEach
    void projectTheCommunicationsAndACampaign() {
        List<Object> events = new ArrayList<>(ReportData.COMMUNICATIONS);
        events.add(copy("k-1", "Mining Watch", "KE", 0).receivedAt("2026-03-05T09:00:00Z").build());
        events.add(copy("k-2", "Tailings Alliance", "FR", 1).receivedAt("2026-03-06T09:00:00Z").build());
        events.add(copy("k-3", "Rivers First", "BR", 2).receivedAt("2026-04-06T09:00:00Z").build());
        events.add(copy("k-4", "Pacific Voices", "FJ", 1).receivedAt("2026-04-07T09:00:00Z").build());
        new ProjectionFixture(mongo).project(events);
    }

    static Stream<Object[]> combinationsTheCountersHold() {
        return AggregatesTest.combinationsTheCountersHold().map(combination -> new Object[]{combination[0],
                collapsed((ReportFilter) combination[1])});
    }

    @ParameterizedTest
    @MethodSource("combinationsTheCountersHold")
    void theCountersLessTheirCopiesAnswerAsAScanWithoutTheCopiesWould(List<List<Dimension>> groupings,
                                                                        ReportFilter filter) {
        Aggregates.Answer fromCounters = aggregates.count(groupings, filter, false);

        assertThat(fromCounters.scanned()).isFalse();
        List<Tally> scanned = new CommunicationTally(mongo.template()).count(groupings, filter, false,
                filter.hasMonthRange() ? Stream.of("month|2026-02", "month|2026-03", "month|2026-04")
                        .filter(id -> filter.includesMonth(id.substring(6))).toList() : null);
        for (int i = 0; i < groupings.size(); i++) {
            assertThat(fromCounters.tallies().get(i).counts()).as("grouping %s", groupings.get(i))
                    .isEqualTo(scanned.get(i).counts());
        }
    }

    @Test
    void collapsingCountsTheFourLettersAsOne() {
        List<List<Dimension>> total = List.of(List.of());
        long all = aggregates.count(total, ReportFilter.NONE, false).tallies().get(0).counts().values().iterator()
                .next();
        long collapsed = aggregates.count(total, collapsed(ReportFilter.NONE), false).tallies().get(0).counts()
                .values().iterator().next();

        assertThat(all - collapsed).isEqualTo(3);
    }

    private static ReportFilter collapsed(ReportFilter filter) {
        return new ReportFilter(filter.values(), filter.from(), filter.to(), true);
    }
}
