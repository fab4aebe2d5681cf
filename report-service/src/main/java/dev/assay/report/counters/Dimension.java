package dev.assay.report.counters;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a counter counts communications by. The id is the first part of the counter's {@code _id} and is stored, so it
 * never changes. {@link #TOTAL} and {@link #WITHOUT_COUNTRY} have a single counter each; the others one per value.
 */
public enum Dimension {
    TOTAL("total"),
    WITHOUT_COUNTRY("withoutCountry"),
    THEME("theme"),
    SCOPE("scope"),
    LANGUAGE("language"),
    CHANNEL("channel"),
    SUBMITTER_TYPE("submitterType"),
    COUNTRY("country"),
    /** Communications of a UN Member State speaking itself or through its focal point, verified or not. */
    MEMBER_STATE_VOICE("memberStateVoice"),
    /** Of those, the communications whose submitter is verified: what makes the Member State heard. */
    VERIFIED_VOICE("verifiedVoice"),
    UN_REGIONAL_GROUP("unRegionalGroup"),
    M49_REGION("m49Region"),
    M49_SUB_REGION("m49SubRegion"),
    UNEP_REGION("unepRegion"),
    STATUS("status"),
    RESOLUTION("resolution");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean singleValued() {
        return this == TOTAL || this == WITHOUT_COUNTRY;
    }

    /** Empty for an id this version does not know, so that counters written by a newer version are ignored, not fatal. */
    public static Optional<Dimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
