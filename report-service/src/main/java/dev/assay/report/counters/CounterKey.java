package dev.assay.report.counters;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies one counter: the communications that have every one of its coordinates (a dimension and a value). Its
 * {@link #id()} is the counter document's {@code _id}:
 * <ul>
 * <li>a valueless dimension alone: its id ({@code total});</li>
 * <li>one coordinate: {@code <dimension>|<value>} ({@code theme|resource-recovery}, {@code country|KE}); values may
 * themselves contain {@code |}, dimension ids never do, so the first one separates;</li>
 * <li>a cell of two coordinates, in the registry's order of dimensions (then by value):
 * {@code <dimension>&<dimension>|<value>&<value>} ({@code country&theme|KE&resource-recovery}); in a cell's values
 * {@code %} and {@code &} are written {@code %25} and {@code %26}.</li>
 * </ul>
 * All counters of one combination of dimensions thus share the prefix {@code <dimensions>|}, which both servers match
 * against the {@code _id} index's keys ({@link #prefix}).
 * <p>
 * A <b>copy key</b> ({@code copy:theme|best-practices}) counts, under the same coordinates, only the communications that
 * are copies in a campaign of near-duplicates (every member but its first): the aggregates with campaigns collapsed
 * subtract it from the plain key's count, so a campaign counts once without reading a communication. Dimension ids
 * are letters and digits only, so the prefix cannot clash with one.
 *
 * @param copy whether this is the copy key of the coordinates
 */
public record CounterKey(List<Coordinate> coordinates, boolean copy) {

    /** What every copy key's id starts with. */
    public static final String COPY = "copy:";
    private static final char SEPARATOR = '|';
    private static final char AND = '&';
    private static final Comparator<Coordinate> ORDER = Comparator.comparing((Coordinate c) -> c.dimension().ordinal())
            .thenComparing(c -> c.value() == null ? "" : c.value());

    /** One dimension and one of its values (null for a valueless dimension). */
    public record Coordinate(Dimension dimension, String value) {

        public Coordinate {
            Objects.requireNonNull(dimension, "dimension");
            if (dimension.singleValued() != (value == null)) {
                throw new IllegalArgumentException(dimension.singleValued()
                        ? dimension.id() + " has no values" : dimension.id() + " needs a value");
            }
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException("blank value for " + dimension.id());
            }
        }
    }

    public CounterKey(List<Coordinate> coordinates) {
        this(coordinates, false);
    }

    public CounterKey {
        // keys are made and their ids written tens of times per projected event: no streams here
        if (coordinates.size() == 2 && ORDER.compare(coordinates.get(0), coordinates.get(1)) > 0) {
            coordinates = List.of(coordinates.get(1), coordinates.get(0));
        } else {
            coordinates = List.copyOf(coordinates);
        }
        if (coordinates.isEmpty() || coordinates.size() > 2) {
            throw new IllegalArgumentException("a counter has one or two coordinates: " + coordinates);
        }
        if (coordinates.size() == 2 && (coordinates.get(0).dimension().singleValued()
                || coordinates.get(1).dimension().singleValued() || coordinates.get(0).equals(coordinates.get(1)))) {
            throw new IllegalArgumentException("a cell crosses two different values: " + coordinates);
        }
    }

    public CounterKey(Dimension dimension, String value) {
        this(List.of(new Coordinate(dimension, value)));
    }

    public static CounterKey of(Dimension dimension) {
        return new CounterKey(dimension, null);
    }

    public static CounterKey of(Dimension dimension, String value) {
        return new CounterKey(dimension, value);
    }

    /** The cell counting communications with both values. */
    public static CounterKey cell(Dimension a, String valueA, Dimension b, String valueB) {
        return new CounterKey(List.of(new Coordinate(a, valueA), new Coordinate(b, valueB)));
    }

    /** The copy key of the same coordinates. */
    public CounterKey asCopy() {
        return new CounterKey(coordinates, true);
    }

    /** The plain key of the same coordinates. */
    public CounterKey plain() {
        return copy ? new CounterKey(coordinates, false) : this;
    }

    public boolean isCell() {
        return coordinates.size() == 2;
    }

    /** The dimension of a one-coordinate counter. */
    public Dimension dimension() {
        requireSingle();
        return coordinates.get(0).dimension();
    }

    /** The value of a one-coordinate counter; null for a valueless dimension. */
    public String value() {
        requireSingle();
        return coordinates.get(0).value();
    }

    /** The dimensions, in the id's order. */
    public List<Dimension> dimensions() {
        return coordinates.stream().map(Coordinate::dimension).toList();
    }

    public String id() {
        String dimensions = dimensionsId();
        if (coordinates.get(0).value() == null) {
            return copy ? COPY + dimensions : dimensions;
        }
        StringBuilder id = new StringBuilder(64);
        if (copy) {
            id.append(COPY);
        }
        return id.append(dimensions).append(SEPARATOR).append(valuesText()).toString();
    }

    /** The {@code dimension} field stored with the counter: {@code theme}, or {@code country&theme} for a cell. */
    public String dimensionsId() {
        String first = coordinates.get(0).dimension().id();
        return isCell() ? first + AND + coordinates.get(1).dimension().id() : first;
    }

    /** The {@code value} field stored with the counter: as in the id, null for a valueless dimension. */
    public String valuesText() {
        if (!isCell()) {
            return coordinates.get(0).value();
        }
        return escape(coordinates.get(0).value()) + AND + escape(coordinates.get(1).value());
    }

    /**
     * The start of the id of every counter of these dimensions (in the registry's order): {@code theme|},
     * {@code country&theme|}; a valueless dimension's whole id ({@code total}).
     */
    public static String prefix(List<Dimension> dimensions) {
        List<Dimension> sorted = dimensions.stream().sorted().toList();
        String id = dimensionsId(sorted);
        return sorted.size() == 1 && sorted.get(0).singleValued() ? id : id + SEPARATOR;
    }

    /** Empty when the id names a dimension this version does not know, or is not a counter id at all. */
    public static Optional<CounterKey> parse(String id) {
        if (id.startsWith(COPY)) {
            return parse(id.substring(COPY.length())).filter(key -> !key.copy()).map(CounterKey::asCopy);
        }
        int separator = id.indexOf(SEPARATOR);
        String head = separator < 0 ? id : id.substring(0, separator);
        String tail = separator < 0 ? null : id.substring(separator + 1);
        try {
            if (head.indexOf(AND) < 0) {
                return Dimension.fromId(head).map(d -> new CounterKey(d, tail));
            }
            String[] dimensions = head.split(String.valueOf(AND), -1);
            String[] values = tail == null ? new String[0] : tail.split(String.valueOf(AND), -1);
            if (dimensions.length != 2 || values.length != 2) {
                return Optional.empty();
            }
            Optional<Dimension> a = Dimension.fromId(dimensions[0]);
            Optional<Dimension> b = Dimension.fromId(dimensions[1]);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            CounterKey key = cell(a.get(), unescape(values[0]), b.get(), unescape(values[1]));
            return key.id().equals(id) ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String dimensionsId(List<Dimension> dimensions) {
        StringBuilder id = new StringBuilder();
        for (Dimension dimension : dimensions) {
            if (!id.isEmpty()) {
                id.append(AND);
            }
            id.append(dimension.id());
        }
        return id.toString();
    }

    private void requireSingle() {
        if (isCell()) {
            throw new IllegalStateException(id() + " is a cell of two dimensions");
        }
    }

    private static String escape(String value) {
        if (value.indexOf('%') < 0 && value.indexOf(AND) < 0) {
            return value;
        }
        return value.replace("%", "%25").replace("&", "%26");
    }

    private static String unescape(String value) {
        return value.replace("%26", "&").replace("%25", "%");
    }

    @Override
    public String toString() {
        return id();
    }
}
