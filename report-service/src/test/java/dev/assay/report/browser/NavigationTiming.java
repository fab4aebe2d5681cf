package dev.assay.report.browser;

import java.util.Map;

/**
 * The page's {@code performance.getEntriesByType('navigation')[0]}: milliseconds since the navigation started, and
 * bytes. {@code loadEventEnd} is set: {@link Browser#navigationTiming()} waits for the load event to finish.
 */
public record NavigationTiming(String name, double startTime, double domainLookupStart, double connectStart,
                               double requestStart, double responseStart, double responseEnd,
                               double domInteractive, double domContentLoadedEventEnd, double domComplete,
                               double loadEventEnd, double duration,
                               long transferSize, long encodedBodySize, long decodedBodySize) {

    /** Time to first byte: from the start of the navigation to the first byte of the response. */
    public double timeToFirstByte() {
        return responseStart - startTime;
    }

    static NavigationTiming of(Map<?, ?> entry) {
        return new NavigationTiming(String.valueOf(entry.get("name")), number(entry, "startTime"),
                number(entry, "domainLookupStart"), number(entry, "connectStart"), number(entry, "requestStart"),
                number(entry, "responseStart"), number(entry, "responseEnd"), number(entry, "domInteractive"),
                number(entry, "domContentLoadedEventEnd"), number(entry, "domComplete"),
                number(entry, "loadEventEnd"), number(entry, "duration"), (long) number(entry, "transferSize"),
                (long) number(entry, "encodedBodySize"), (long) number(entry, "decodedBodySize"));
    }

    private static double number(Map<?, ?> entry, String field) {
        return entry.get(field) instanceof Number value ? value.doubleValue() : 0;
    }
}
