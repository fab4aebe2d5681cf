package dev.assay.report.counters;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CounterKeyTest {

    @Test
    void singleValuedDimensionsAreTheirOwnId() {
        assertThat(CounterKey.of(Dimension.TOTAL).id()).isEqualTo("total");
        assertThat(CounterKey.of(Dimension.WITHOUT_COUNTRY).id()).isEqualTo("withoutCountry");
    }

    @Test
    void otherDimensionsJoinDimensionAndValueWithABar() {
        assertThat(CounterKey.of(Dimension.M49_SUB_REGION, "Sub-Saharan Africa").id())
                .isEqualTo("m49SubRegion|Sub-Saharan Africa");
    }

    @Test
    void idsParseBackIncludingValuesThatContainTheSeparator() {
        assertThat(CounterKey.parse("resolution|5/12")).contains(CounterKey.of(Dimension.RESOLUTION, "5/12"));
        assertThat(CounterKey.parse("language|x|y")).contains(CounterKey.of(Dimension.LANGUAGE, "x|y"));
        assertThat(CounterKey.parse("total")).contains(CounterKey.of(Dimension.TOTAL));
    }

    @Test
    void aCopyKeyIsThePlainIdAfterCopyAndParsesBack() {
        CounterKey cell = CounterKey.cell(Dimension.THEME, "best-practices", Dimension.COUNTRY, "KE");

        assertThat(cell.asCopy().id()).isEqualTo("copy:theme&country|best-practices&KE");
        assertThat(CounterKey.parse("copy:theme&country|best-practices&KE")).contains(cell.asCopy());
        assertThat(CounterKey.parse("copy:total")).contains(CounterKey.of(Dimension.TOTAL).asCopy());
        assertThat(cell.asCopy().plain()).isEqualTo(cell);
        assertThat(CounterKey.parse("copy:copy:total")).isEmpty();
        assertThat(CounterKey.parse("copy:")).isEmpty();
    }

    @Test
    void idsOfUnknownOrMalformedCountersParseToNothing() {
        assertThat(CounterKey.parse("sentiment|positive")).isEmpty();
        assertThat(CounterKey.parse("total|3")).isEmpty();
        assertThat(CounterKey.parse("country")).isEmpty();
        assertThat(CounterKey.parse("country| ")).isEmpty();
    }

    @Test
    void aMultiValuedDimensionNeedsAValue() {
        assertThatThrownBy(() -> CounterKey.of(Dimension.COUNTRY, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CounterKey(Dimension.TOTAL, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellNamesItsTwoDimensionsInTheRegistrysOrderThenTheirValues() {
        CounterKey cell = CounterKey.cell(Dimension.MONTH, "2026-03", Dimension.THEME, "best-practices");

        assertThat(cell.id()).isEqualTo("theme&month|best-practices&2026-03");
        assertThat(cell).isEqualTo(CounterKey.cell(Dimension.THEME, "best-practices", Dimension.MONTH, "2026-03"));
        assertThat(CounterKey.parse(cell.id())).contains(cell);
        assertThat(CounterKey.prefix(List.of(Dimension.MONTH, Dimension.THEME))).isEqualTo("theme&month|");
        assertThat(cell.id()).startsWith(CounterKey.prefix(cell.dimensions()));
    }

    @Test
    void aCellEscapesTheCharactersThatSeparateItsValues() {
        CounterKey cell = CounterKey.cell(Dimension.THEME, "a&b", Dimension.LANGUAGE, "100%|x");

        assertThat(cell.id()).isEqualTo("theme&language|a%26b&100%25|x");
        assertThat(CounterKey.parse(cell.id())).contains(cell);
    }

    @Test
    void aCellOfOneDimensionWithItselfOrdersItsValues() {
        assertThat(CounterKey.cell(Dimension.THEME, "resource-recovery", Dimension.THEME, "best-practices").id())
                .isEqualTo("theme&theme|best-practices&resource-recovery");
    }

    @Test
    void malformedCellIdsParseToNothing() {
        assertThat(CounterKey.parse("theme&month|best-practices")).isEmpty();
        assertThat(CounterKey.parse("theme&sentiment|a&b")).isEmpty();
        assertThat(CounterKey.parse("month&theme|2026-03&best-practices")).isEmpty();
        assertThat(CounterKey.parse("theme&theme|a&a")).isEmpty();
        assertThat(CounterKey.parse("total&theme|x&y")).isEmpty();
    }
}
