package dev.assay.contracts.events;

import dev.assay.contracts.taxonomy.SubmitterType;

import java.util.Objects;

/**
 * The sender of a communication as they described themselves.
 *
 * @param type         who they are
 * @param country      ISO 3166-1 alpha-2 code of the country they speak for or are based in; may be null (e.g. a UN entity)
 * @param organisation ministry, agency or organisation; may be null
 * @param name         contact person; may be null
 * @param email        contact address; may be null
 */
public record Submitter(SubmitterType type, String country, String organisation, String name, String email) {

    public Submitter {
        Objects.requireNonNull(type, "type");
    }
}
