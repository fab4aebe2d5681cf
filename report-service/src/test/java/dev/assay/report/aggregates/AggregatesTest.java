package dev.assay.report.aggregates;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.mongo.IndexedAccess;
import dev.assay.report.communications.CommunicationDocuments;
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

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the aggregates count does not depend on where they count it: the counters and a scan of the communications give
 * the same figures for every combination the counters hold, and the counters' answer never reads a communication.
 */
class AggregatesTest {

    private static final CommandLog COMMANDS = new CommandLog();
    private static final IndexedAccess COUNTER_READS = IndexedAccess.on(CounterStore.COLLECTION);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo(COMMANDS, COUNTER_READS);

    private final Aggregates aggregates = new Aggregates(new CounterStore(mongo.template()),
            new CommunicationTally(mongo.template()), new UnindexedReads(mongo.template(), Long.MAX_VALUE));

    @BeforeEach
    void projectTheCommunications() {
        new ProjectionFixture(mongo).project(ReportData.COMMUNICATIONS);
        COMMANDS.collections.clear();
        COMMANDS.counterFilters.clear();
        COUNTER_READS.reset();
    }

    static Stream<Object[]> combinationsTheCountersHold() {
        ReportFilter capacityBuilding = filter(Map.of(Dimension.THEME, "capacity-building"), null, null);
        ReportFilter spring = filter(Map.of(), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        ReportFilter african = filter(Map.of(Dimension.UN_REGIONAL_GROUP, "AFRICAN"), null, null);
        return Stream.of(
                new Object[]{Summary.groupings(), ReportFilter.NONE},
                new Object[]{Summary.groupings(), capacityBuilding},
                new Object[]{Summary.groupings(), spring},
                new Object[]{List.of(List.of(), List.of(Dimension.THEME, Dimension.UN_REGIONAL_GROUP)), ReportFilter.NONE},
                new Object[]{List.of(List.of(Dimension.UN_REGIONAL_GROUP, Dimension.SUBMITTER_TYPE)), ReportFilter.NONE},
                new Object[]{List.of(List.of(Dimension.COUNTRY, Dimension.MONTH)), spring},
                new Object[]{List.of(List.of(Dimension.MONTH)), capacityBuilding},
                new Object[]{List.of(List.of(Dimension.SUBMITTER_TYPE)), african},
                new Object[]{List.of(List.of(Dimension.THEME, Dimension.STATUS)), ReportFilter.NONE});
    }

    @ParameterizedTest
    @MethodSource("combinationsTheCountersHold")
    void theCountersAnswerWithoutReadingACommunicationAndAsAScanWould(List<List<Dimension>> groupings,
                                                                       ReportFilter filter) {
        Aggregates.Answer fromCounters = aggregates.count(groupings, filter, false);

        assertThat(fromCounters.scanned()).isFalse();
        assertThat(COMMANDS.collections).isNotEmpty().doesNotContain(CommunicationDocuments.COLLECTION);
        COUNTER_READS.assertServedByIndexes();
        List<Tally> scanned = new CommunicationTally(mongo.template()).count(groupings, filter, false,
                filter.hasMonthRange() ? List.of("month|2026-02", "month|2026-03", "month|2026-04").stream()
                        .filter(id -> filter.includesMonth(id.substring(6))).toList() : null);
        for (int i = 0; i < groupings.size(); i++) {
            assertThat(fromCounters.tallies().get(i).counts()).as("grouping %s", groupings.get(i))
                    .isEqualTo(scanned.get(i).counts()).isNotEmpty();
        }
    }

    @Test
    void theSummaryOfOneThemeCountsEveryDimensionOfTheCommunicationsAboutIt() {
        ReportFilter capacityBuilding = filter(Map.of(Dimension.THEME, "capacity-building"), null, null);

        Summary summary = Summary.of(aggregates.count(Summary.groupings(), capacityBuilding, false).tallies(),
                capacityBuilding.asParameters(), null);

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.withoutCountry()).isEqualTo(1);
        assertThat(summary.dimensions().get("theme").values()).containsExactly(
                Map.entry("international-cooperation", 1L), Map.entry("resource-recovery", 1L),
                Map.entry("best-practices", 0L), Map.entry("capacity-building", 3L));
        assertThat(summary.dimensions().get("country").values()).containsExactly(Map.entry("BF", 1L),
                Map.entry("KE", 1L));
        assertThat(summary.dimensions().get("month").values()).containsExactly(Map.entry("2026-02", 1L),
                Map.entry("2026-03", 1L), Map.entry("2026-04", 1L));
    }

    @Test
    void aCrossTabOfFewKnownValuesReadsItsCountersByIdAndOneWithOpenMonthsByPrefix() {
        aggregates.count(List.of(List.of(Dimension.THEME, Dimension.UN_REGIONAL_GROUP)), ReportFilter.NONE, false);

        assertThat(COMMANDS.counterFilters).singleElement().asString().contains("\"$in\"")
                .contains("\"theme&unRegionalGroup|capacity-building&AFRICAN\"").doesNotContain("$regularExpression");

        COMMANDS.counterFilters.clear();
        aggregates.count(List.of(List.of(Dimension.THEME, Dimension.MONTH)), ReportFilter.NONE, false);

        assertThat(COMMANDS.counterFilters).singleElement().asString().contains("$regularExpression")
                .contains("theme&month");
    }

    @Test
    void aCombinationNoCounterHoldsIsCountedFromTheCommunications() {
        ReportFilter kenya = filter(Map.of(Dimension.COUNTRY, "KE"), null, null);

        Aggregates.Answer answer = aggregates.count(List.of(List.of(Dimension.LANGUAGE)), kenya, false);

        assertThat(answer.scanned()).isTrue();
        assertThat(COMMANDS.collections).contains(CommunicationDocuments.COLLECTION);
        assertThat(answer.tallies().get(0).counts()).containsExactly(Map.entry(List.of("en"), 1L));
    }

    @Test
    void theThemesOfCommunicationsAboutOneThemeByMonthNeedThreeCoordinatesAndAreScanned() {
        ReportFilter capacityBuilding = filter(Map.of(Dimension.THEME, "capacity-building"), null, null);

        Aggregates.Answer answer = aggregates.count(List.of(List.of(Dimension.THEME, Dimension.MONTH)),
                capacityBuilding, false);

        assertThat(answer.scanned()).isTrue();
        assertThat(answer.tallies().get(0).counts()).containsExactly(
                Map.entry(List.of("capacity-building", "2026-02"), 1L),
                Map.entry(List.of("capacity-building", "2026-03"), 1L),
                Map.entry(List.of("capacity-building", "2026-04"), 1L),
                Map.entry(List.of("international-cooperation", "2026-04"), 1L),
                Map.entry(List.of("resource-recovery", "2026-03"), 1L));
    }

    @Test
    void aRangeWithoutCommunicationsReadsNone() {
        ReportFilter later = filter(Map.of(Dimension.COUNTRY, "KE"), YearMonth.of(2027, 1), null);

        Aggregates.Answer answer = aggregates.count(List.of(List.of()), later, false);

        assertThat(answer.tallies().get(0).total()).isZero();
        assertThat(COMMANDS.collections).doesNotContain(CommunicationDocuments.COLLECTION);
    }

    @Test
    void weeksAreCountedFromTheCommunicationsByTheMondayOfTheirReceipt() {
        Aggregates.Answer answer = aggregates.count(List.of(List.of(Dimension.SCOPE, Dimension.MONTH)),
                ReportFilter.NONE, true);

        assertThat(answer.scanned()).isTrue();
        assertThat(answer.tallies().get(0).counts()).containsExactly(
                Map.entry(List.of("in-scope", "2026-02-09"), 1L), Map.entry(List.of("in-scope", "2026-03-02"), 1L),
                Map.entry(List.of("in-scope", "2026-03-16"), 1L), Map.entry(List.of("in-scope", "2026-03-30"), 1L),
                Map.entry(List.of("out-of-scope", "2026-04-20"), 1L));
    }

    private static ReportFilter filter(Map<Dimension, String> values, YearMonth from, YearMonth to) {
        return new ReportFilter(values, from, to);
    }

    /** The collections the client sent a command about. */
    static final class CommandLog implements CommandListener {

        final List<String> collections = new CopyOnWriteArrayList<>();
        /** The filters of the finds on the counters. */
        final List<String> counterFilters = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            var value = event.getCommand().get(event.getCommandName());
            collections.add(value != null && value.isString() ? value.asString().getValue() : event.getCommandName());
            if (event.getCommandName().equals("find") && value.asString().getValue().equals(CounterStore.COLLECTION)) {
                counterFilters.add(event.getCommand().getDocument("filter").toJson());
            }
        }
    }

}
