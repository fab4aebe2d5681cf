package dev.assay.contracts.reference;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {

    private final Countries countries = Countries.reference();

    @Test
    void holdsEveryRowOfTheReferenceTable() {
        assertThat(countries.all()).hasSize(248);
        assertThat(countries.unMembers()).hasSize(193);
    }

    @Test
    void regionalGroupsHaveTheirDocumentedSizes() {
        Map<String, Long> sizes = countries.unMembers().stream()
                .collect(Collectors.groupingBy(Country::unRegionalGroup, Collectors.counting()));

        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AFRICAN", 54L, "ASIA_PACIFIC", 54L, "EASTERN_EUROPEAN", 23L, "GRULAC", 33L, "WEOG", 29L));
    }

    @Test
    void quotedNamesWithCommasAreReadWhole() {
        assertThat(countries.find("BQ")).get().extracting(Country::name)
                .isEqualTo("Bonaire, Sint Eustatius and Saba");
        assertThat(countries.find("bq")).get().extracting(Country::region).isEqualTo("Americas");
    }

    @Test
    void onlyUpperCaseCodesInTheTableAreCodes() {
        assertThat(countries.isCode("KE")).isTrue();
        assertThat(countries.isCode("ke")).isFalse();
        assertThat(countries.isCode("XX")).isFalse();
        assertThat(countries.isCode("TW")).isFalse();
        assertThat(countries.isCode(null)).isFalse();
    }

    @Test
    void kenyaMapsToItsRegions() {
        Country kenya = countries.find("KE").orElseThrow();

        assertThat(List.of(kenya.region(), kenya.subRegion(), kenya.intermediateRegion(), kenya.unRegionalGroup(),
                kenya.unepRegion())).containsExactly("Africa", "Sub-Saharan Africa", "Eastern Africa", "AFRICAN",
                "AFRICA");
        assertThat(kenya.developing()).isTrue();
    }

    @Test
    void developingFollowsTheFormerM49Convention() {
        assertThat(countries.find("JP").orElseThrow().developing()).isFalse();
        assertThat(countries.find("FR").orElseThrow().developing()).isFalse();
        assertThat(countries.find("AU").orElseThrow().developing()).isFalse();
        assertThat(countries.find("CA").orElseThrow().developing()).isFalse();
        assertThat(countries.find("CN").orElseThrow().developing()).isTrue();
        assertThat(countries.find("FJ").orElseThrow().developing()).isTrue();
        assertThat(countries.find("MD").orElseThrow().developing()).as("European LLDC").isTrue();
        assertThat(countries.all()).filteredOn(c -> c.ldc() || c.lldc() || c.sids()).allMatch(Country::developing);
    }
}
