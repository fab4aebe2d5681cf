package dev.assay.report.filter;

import dev.assay.report.counters.Dimension;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFilterTest {

    @Test
    void aScanAsksFirstForTheValueWithTheMostAlternativesSoThatMongoDbBoundsItsIndexScanByIt() {
        ReportFilter filter = new ReportFilter(Map.of(Dimension.THEME, "best-practices", Dimension.COUNTRY, "KE",
                Dimension.LANGUAGE, "en"), null, null);

        assertThat(filter.requiredKeys()).containsExactly("country|KE", "language|en", "theme|best-practices");
    }

    @Test
    void withoutAFilteredValueAScanAsksForWhatCountsAtAll() {
        assertThat(ReportFilter.NONE.requiredKeys()).containsExactly("total");
    }

    @Test
    void aClosedRangeListsItsMonthsUpToALimitAndAnOpenOneNone() {
        ReportFilter winter = new ReportFilter(Map.of(), YearMonth.of(2025, 11), YearMonth.of(2026, 2));

        assertThat(winter.months(4)).hasValue(List.of("2025-11", "2025-12", "2026-01", "2026-02"));
        assertThat(winter.months(3)).isEmpty();
        assertThat(new ReportFilter(Map.of(), YearMonth.of(2026, 3), null).months(120)).isEmpty();
        assertThat(ReportFilter.NONE.months(120)).isEmpty();
    }

    @Test
    void aMonthRunsFromItsFirstInstantInUtcToTheNextMonthsExcluded() {
        assertThat(ReportFilter.start(YearMonth.of(2026, 12))).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(ReportFilter.end(YearMonth.of(2026, 12))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(ReportFilter.start(null)).isNull();
        assertThat(ReportFilter.end(null)).isNull();
    }

    @Test
    void theMonthsOfTheRangeAreIncludedAtBothEndsAndEitherEndMayBeOpen() {
        ReportFilter spring = new ReportFilter(Map.of(), YearMonth.of(2026, 3), YearMonth.of(2026, 5));
        ReportFilter since = new ReportFilter(Map.of(), YearMonth.of(2026, 3), null);

        assertThat(spring.includesMonth("2026-03")).isTrue();
        assertThat(spring.includesMonth("2026-05")).isTrue();
        assertThat(spring.includesMonth("2026-06")).isFalse();
        assertThat(since.includesMonth("2031-01")).isTrue();
        assertThat(since.includesMonth("2026-02")).isFalse();
        assertThat(spring.asParameters()).containsExactly(Map.entry("from", "2026-03"), Map.entry("to", "2026-05"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsNoFilter() {
        assertThatThrownBy(() -> new ReportFilter(Map.of(), YearMonth.of(2026, 5), YearMonth.of(2026, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
