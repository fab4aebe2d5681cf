package dev.assay.report.counters;

import java.util.Objects;
import java.util.Optional;

/**
 * Identifies one counter. Its {@link #id()} is the counter document's {@code _id}: the dimension id alone for a
 * single-valued dimension ({@code total}), otherwise {@code <dimension>|<value>} ({@code theme|resource-recovery},
 * {@code country|KE}). Values may themselves contain {@code |}; dimension ids never do, so the first one separates.
 *
 * @param dimension what is counted
 * @param value     the value counted; null exactly for single-valued dimensions
 */
public record CounterKey(Dimension dimension, String value) {

    private static final char SEPARATOR = '|';

    public CounterKey {
        Objects.requireNonNull(dimension, "dimension");
        if (dimension.singleValued() != (value == null)) {
            throw new IllegalArgumentException(dimension.singleValued()
                    ? dimension.id() + " has no values" : dimension.id() + " needs a value");
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("blank value for " + dimension.id());
        }
    }

    public static CounterKey of(Dimension dimension) {
        return new CounterKey(dimension, null);
    }

    public static CounterKey of(Dimension dimension, String value) {
        return new CounterKey(dimension, value);
    }

    public String id() {
        return value == null ? dimension.id() : dimension.id() + SEPARATOR + value;
    }

    /** Empty when the id names a dimension this version does not know. */
    public static Optional<CounterKey> parse(String id) {
        int separator = id.indexOf(SEPARATOR);
        String dimensionId = separator < 0 ? id : id.substring(0, separator);
        String value = separator < 0 ? null : id.substring(separator + 1);
        return Dimension.fromId(dimensionId)
                .filter(d -> d.singleValued() == (value == null))
                .filter(d -> value == null || !value.isBlank())
                .map(d -> new CounterKey(d, value));
    }

    @Override
    public String toString() {
        return id();
    }
}
