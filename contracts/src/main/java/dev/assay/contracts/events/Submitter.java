package dev.assay.contracts.events;

import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Verification;

import java.util.Objects;

/**
 * The sender of a communication.
 *
 * @param type         who they are
 * @param country      ISO 3166-1 alpha-2 code of the country they speak for or are based in; may be null (e.g. a UN entity)
 * @param organisation ministry, agency or organisation; may be null
 * @param name         contact person; may be null
 * @param email        contact address; may be null
 * @param verification whether the identity was established by the channel or by an analyst; records written before
 *                     it existed read as {@link Verification#DECLARED}
 */
public record Submitter(SubmitterType type, String country, String organisation, String name, String email,
                        Verification verification) {

    public Submitter {
        Objects.requireNonNull(type, "type");
        verification = verification == null ? Verification.DECLARED : verification;
    }

    /** A submitter as they described themselves. */
    public Submitter(SubmitterType type, String country, String organisation, String name, String email) {
        this(type, country, organisation, name, email, Verification.DECLARED);
    }

    public boolean verified() {
        return verification == Verification.VERIFIED;
    }

    public Submitter withVerification(Verification verification) {
        return new Submitter(type, country, organisation, name, email, verification);
    }
}
