package dev.assay.contracts.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a communication reached the secretariat. */
public enum Channel {
    API("api"),
    WEB_FORM("web-form"),
    EMAIL("email");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Channel fromId(String id) {
        return Identifiers.lookup(Channel.class, values(), Channel::id, id);
    }
}
