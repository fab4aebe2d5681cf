package dev.assay.contracts.taxonomy;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Resolves public identifiers to enum constants with an error message that lists the accepted values. */
final class Identifiers {

    private Identifiers() {
    }

    static <E extends Enum<E>> E lookup(Class<E> type, E[] values, Function<E, String> idOf, String id) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        String accepted = Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "'" + id + "' is not a known " + type.getSimpleName() + "; expected one of: " + accepted);
    }
}
