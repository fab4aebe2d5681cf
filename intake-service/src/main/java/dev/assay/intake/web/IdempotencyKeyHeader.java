package dev.assay.intake.web;

import dev.assay.contracts.web.FieldViolation;

import java.util.List;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} request header: absent, or 1 to 255 visible ASCII characters. */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeyHeader() {
    }

    /** @throws InvalidCommunicationException when the header is there but malformed */
    static String check(String value) {
        if (value == null) {
            return null;
        }
        if (!VALID.matcher(value).matches()) {
            throw new InvalidCommunicationException(List.of(new FieldViolation(NAME,
                    "must be 1 to 255 visible ASCII characters, such as a UUID", "invalid")));
        }
        return value;
    }
}
