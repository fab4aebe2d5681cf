package dev.assay.classification.api;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.web.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a dry-run request must meet: a subject or a body with text, together within the length limit; a
 * language, when given, among the six; a submitter of a known type; a country, when given, that is an upper-case ISO
 * 3166-1 alpha-2 code of the reference table. All broken rules are reported together.
 */
final class DryRunValidator {

    static final List<String> LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh");
    private static final Set<String> LANGUAGE_SET = Set.copyOf(LANGUAGES);

    private final int maxChars;

    DryRunValidator(int maxChars) {
        this.maxChars = maxChars;
    }

    /** @throws InvalidDryRunException listing every problem */
    Submitter submitterOf(DryRunRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        String subject = request.subject() == null ? "" : request.subject();
        String body = request.body() == null ? "" : request.body();
        if (subject.isBlank() && body.isBlank()) {
            problems.add(new FieldViolation("body", "subject and body are both empty: at least one must have text"));
        }
        long length = (long) subject.length() + body.length();
        if (length > maxChars) {
            problems.add(new FieldViolation(body.length() >= subject.length() ? "body" : "subject", String.format(
                    Locale.ROOT, "subject and body together have %d characters, more than the limit of %d", length, maxChars)));
        }
        if (request.language() != null && !LANGUAGE_SET.contains(request.language())) {
            problems.add(new FieldViolation("language", "'" + request.language() + "' is not one of " + LANGUAGES));
        }
        SubmitterType type = null;
        String country = null;
        if (request.submitter() == null) {
            problems.add(new FieldViolation("submitter", "is required"));
        } else {
            type = typeOf(request.submitter().type(), problems);
            country = request.submitter().country();
            if (country != null && !Countries.reference().isCode(country)) {
                problems.add(new FieldViolation("submitter.country",
                        "'" + country + "' is not an upper-case ISO 3166-1 alpha-2 code of a known country"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDryRunException(problems);
        }
        return new Submitter(type, country, null, null, null);
    }

    private static SubmitterType typeOf(String id, List<FieldViolation> problems) {
        if (id == null) {
            problems.add(new FieldViolation("submitter.type", "is required; expected one of: "
                    + String.join(", ", SubmitterType.ids())));
            return null;
        }
        try {
            return SubmitterType.fromId(id);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation("submitter.type", e.getMessage()));
            return null;
        }
    }
}
