package dev.assay.contracts.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Who sent a communication. The resolution asks for the views of Member States, their focal points and stakeholders. */
public enum SubmitterType {
    MEMBER_STATE("member-state"),
    FOCAL_POINT("focal-point"),
    STAKEHOLDER("stakeholder"),
    UN_ENTITY("un-entity"),
    INTERGOVERNMENTAL("intergovernmental");

    private final String id;

    SubmitterType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Member States and their focal points speak for a country, so a country is expected from them. */
    public boolean speaksForACountry() {
        return this == MEMBER_STATE || this == FOCAL_POINT;
    }

    /** @throws IllegalArgumentException naming the accepted identifiers when {@code id} is not one of them */
    @JsonCreator
    public static SubmitterType fromId(String id) {
        return Identifiers.lookup(SubmitterType.class, values(), SubmitterType::id, id);
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(SubmitterType::id).toArray(String[]::new);
    }
}
