package dev.assay.contracts.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether Assay knows that a submitter is who they say they are. Only a {@link #VERIFIED} voice makes a Member State
 * count as heard from: anyone can type a country's name into a form.
 */
public enum Verification {
    /**
     * Established by the channel or by the secretariat: a partner's token names the country and organisation, an
     * e-mail from a registered focal point passed DMARC at a trusted receiving server, or an analyst checked it.
     */
    VERIFIED("verified"),
    /** As the submitter described themselves, unchecked. */
    DECLARED("declared");

    private final String id;

    Verification(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Verification fromId(String id) {
        return Identifiers.lookup(Verification.class, values(), Verification::id, id);
    }
}
