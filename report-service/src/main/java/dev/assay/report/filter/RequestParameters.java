package dev.assay.report.filter;

import dev.assay.contracts.web.FieldViolation;
import dev.assay.report.counters.Dimension;
import dev.assay.report.web.InvalidParametersException;
import org.springframework.util.MultiValueMap;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a request's query parameters against the {@link Dimension} registry and collects what is wrong with them, so
 * that one {@code 400} names every invalid parameter with the values it allows ({@link #validated()}). A value is only
 * ever compared with the allowed ones, never put into a query as it came: {@code {"$gt":""}} or {@code .*} is an
 * unknown value like any other. Values are echoed in messages only when short.
 * <p>
 * Used by every aggregate and meant for any endpoint that takes the report's filters: {@link #filter()} reads
 * {@code from}, {@code to} and one parameter per filterable dimension ({@link #FILTERS}).
 */
public final class RequestParameters {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COLLAPSE_CAMPAIGNS = "collapseCampaigns";
    /** Longer than any allowed value; a longer one is refused without being echoed. */
    public static final int MAX_LENGTH = 100;
    /** The dimensions a request may filter on by their id: every reported one but the month (see from/to). */
    public static final List<Dimension> FILTERS = Dimension.reportedDimensions().stream()
            .filter(d -> d != Dimension.MONTH).toList();
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int ECHO = 40;

    private final MultiValueMap<String, String> parameters;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<FieldViolation> violations = new ArrayList<>();

    public RequestParameters(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    /** The filter of {@code from}, {@code to}, the dimensions' parameters and {@code collapseCampaigns}. */
    public ReportFilter filter() {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : FILTERS) {
            String value = value(dimension);
            if (value != null) {
                values.put(dimension, value);
            }
        }
        YearMonth from = month(FROM);
        YearMonth to = month(TO);
        if (from != null && to != null && from.isAfter(to)) {
            invalid(FROM, from + " is after to (" + to + ")");
            from = null;
        }
        return new ReportFilter(values, from, to, collapseCampaigns());
    }

    /** {@code collapseCampaigns}: {@code true} or {@code false} (the default); false when invalid. */
    public boolean collapseCampaigns() {
        return "true".equals(oneOf(COLLAPSE_CAMPAIGNS, "false", "true", "false"));
    }

    /** A reported dimension named by {@code name}; null when absent (and {@code required} is false) or invalid. */
    public Dimension dimension(String name, boolean required) {
        String value = single(name);
        if (value == null) {
            if (required) {
                invalid(name, "is required; allowed: " + dimensionIds());
            }
            return null;
        }
        Dimension dimension = Dimension.fromId(value).filter(Dimension::reported).orElse(null);
        if (dimension == null) {
            invalid(name, "unknown dimension " + echo(value) + "; allowed: " + dimensionIds());
        }
        return dimension;
    }

    /** One of {@code allowed}, {@code fallback} when absent; null when invalid. */
    public String oneOf(String name, String fallback, String... allowed) {
        String value = single(name);
        if (value == null) {
            return fallback;
        }
        if (!List.of(allowed).contains(value)) {
            invalid(name, "unknown value " + echo(value) + "; allowed: " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** The one allowed value of a filterable dimension's parameter; null when absent or invalid. */
    public String value(Dimension dimension) {
        String value = single(dimension.id());
        if (value == null) {
            return null;
        }
        List<String> allowed = dimension.allowedValues().orElseThrow();
        if (!allowed.contains(value)) {
            invalid(dimension.id(), "unknown " + dimension.label().toLowerCase() + " " + echo(value) + "; allowed: "
                    + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent or invalid. */
    public int integer(String name, int fallback, int min, int max) {
        String value = single(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        invalid(name, echo(value) + " is not a whole number from " + min + " to " + max);
        return fallback;
    }

    /** Records a violation found by the caller (two parameters that contradict each other, say). */
    public void invalid(String name, String message) {
        violations.add(new FieldViolation(name, message));
    }

    /**
     * Throws {@link InvalidParametersException} listing every violation, an unknown parameter included (a misspelt
     * filter must not silently widen a figure); otherwise returns.
     */
    public void validated() {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                Set<String> allowed = new LinkedHashSet<>(known);
                violations.add(new FieldViolation(name.length() > ECHO ? name.substring(0, ECHO) + "…" : name,
                        "unknown parameter; allowed: " + String.join(", ", allowed)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }

    /** Names parameters this endpoint accepts though it reads them elsewhere. */
    public void accept(Collection<String> names) {
        known.addAll(names);
    }

    /** {@code YYYY-MM}; null when absent or invalid. */
    public YearMonth month(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        if (MONTH.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (java.time.DateTimeException e) {
                // falls through to the message below: 2026-13
            }
        }
        invalid(name, echo(value) + " is not a month; expected YYYY-MM, e.g. 2026-03");
        return null;
    }

    /** The parameter's one value; null when absent or invalid (given twice, blank, too long). */
    private String single(String name) {
        known.add(name);
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            invalid(name, "given " + values.size() + " times; give it once");
            return null;
        }
        String value = values.get(0);
        if (value == null || value.isBlank()) {
            invalid(name, "is empty");
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            invalid(name, "is " + value.length() + " characters long; at most " + MAX_LENGTH);
            return null;
        }
        return value;
    }

    private static String dimensionIds() {
        return String.join(", ", Dimension.reportedDimensions().stream().map(Dimension::id).toList());
    }

    private static String echo(String value) {
        return "'" + (value.length() > ECHO ? value.substring(0, ECHO) + "…" : value) + "'";
    }
}
