package dev.assay.deploy.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which parts of the stack to start: everything, or only the infrastructure the services need (Kafka, MongoDB, the
 * mail server and the identity provider), to run the services from an IDE against it.
 */
public enum Scope {
    ALL,
    INFRA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Scope fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + id + "'; accepted: "
                        + Arrays.stream(values()).map(Scope::id).collect(Collectors.joining(", "))));
    }
}
