package dev.assay.report.filter;

import dev.assay.report.counters.Dimension;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
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
