package dev.assay.report.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.contracts.reference.Country;

/**
 * A UN Member State in the participation report.
 *
 * @param communications how many communications it sent as a Member State or through its focal point; absent for a
 *                       Member State not heard yet
 */
public record MemberState(String country, String name, String unRegionalGroup, String m49Region,
                          boolean ldc, boolean lldc, boolean sids,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long communications) {

    static MemberState missing(Country country) {
        return of(country, null);
    }

    static MemberState heard(Country country, long communications) {
        return of(country, communications);
    }

    private static MemberState of(Country country, Long communications) {
        return new MemberState(country.iso2(), country.name(), country.unRegionalGroup(), country.region(),
                country.ldc(), country.lldc(), country.sids(), communications);
    }
}
