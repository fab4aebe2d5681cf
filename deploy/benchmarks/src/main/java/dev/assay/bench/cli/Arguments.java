package dev.assay.bench.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of a benchmark driver, {@code --name=value} or {@code --name value}. Only declared names are accepted,
 * so a typo fails the run at once instead of silently measuring with a default.
 */
public final class Arguments {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; options look like --name=value");
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: --"
                        + String.join(", --", known.stream().sorted().toList()));
            }
            if (eq >= 0) {
                values.put(name, arg.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                values.put(name, "true");
            }
        }
    }

    /** @throws IllegalArgumentException naming the offending argument */
    public static Arguments parse(String[] args, Set<String> known) {
        return new Arguments(args, known);
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public boolean flag(String name) {
        String value = values.getOrDefault(name, "false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " is true or false, was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public long positiveLong(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim().replace("_", ""));
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive whole number, was '" + value + "'");
    }

    public int positiveInt(String name, int fallback) {
        long value = positiveLong(name, fallback);
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--" + name + " is too large: " + value);
        }
        return (int) value;
    }

    /** {@code 500ms}, {@code 20s}, {@code 2m}; a bare number is seconds. */
    public Duration duration(String name, Duration fallback) {
        String value = values.get(name);
        return value == null ? fallback : parseDuration("--" + name, value);
    }

    static Duration parseDuration(String what, String value) {
        Matcher m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must be a duration such as 500ms, 20s or 2m, was '" + value
                    + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration duration = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException(what + " must be longer than zero");
        }
        return duration;
    }
}
