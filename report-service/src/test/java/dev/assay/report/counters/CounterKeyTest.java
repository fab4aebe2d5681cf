package dev.assay.report.counters;

import org.junit.jupiter.api.Test;

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
}
