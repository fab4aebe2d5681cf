package dev.assay.report.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.contracts.reference.Country;

/**
 * A UN Member State in the participation report.
 *
 * @param communications how many communications it sent as a Member State or through its focal point, verified or
 *                       not; absent for a Member State not heard from at all
 * @param verified       how many of them have a verified submitter; absent likewise
 */
public record MemberState(String country, String name, String unRegionalGroup, String m49Region,
                          boolean ldc, boolean lldc, boolean sids,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long communications,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long verified) {

    static MemberState missing(Country country) {
        return of(country, null, null);
    }

    static MemberState withVoices(Country country, long communications, long verified) {
        return of(country, communications, verified);
    }

    private static MemberState of(Country country, Long communications, Long verified) {
        return new MemberState(country.iso2(), country.name(), country.unRegionalGroup(), country.region(),
                country.ldc(), country.lldc(), country.sids(), communications, verified);
    }
}
