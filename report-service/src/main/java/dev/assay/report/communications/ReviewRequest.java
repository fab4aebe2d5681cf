package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.contracts.web.FieldViolation;
import dev.assay.report.web.InvalidFieldException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * An analyst's review as sent: every reviewed value, confirmed or corrected, and why. Read as plain strings and checked
 * here, so that every invalid field is named with the values it may take, all at once.
 *
 * @param themes        the themes, none for a communication out of scope
 * @param resolutions   the resolutions it concerns
 * @param submitterType who sent it
 * @param country       the submitter's country (ISO 3166-1 alpha-2), null or absent when it has none; required for a
 *                      Member State or a focal point
 * @param verification  {@code verified} or {@code declared}
 * @param comment       why, 1 to {@link CommunicationController#MAX_TEXT} characters
 */
public record ReviewRequest(List<String> themes, List<String> resolutions, String submitterType, String country,
                     String verification, String comment) {

    /** @throws InvalidFieldException naming every invalid field */
    CommunicationReviewed toEvent(String id, Instant reviewedAt, String reviewedBy) {
        List<FieldViolation> violations = new ArrayList<>();
        List<Theme> themeValues = all("themes", themes, Theme::fromId, Theme.ids(), violations);
        List<Resolution> resolutionValues = all("resolutions", resolutions, Resolution::fromId, Resolution.ids(),
                violations);
        SubmitterType type = one("submitterType", submitterType, SubmitterType::fromId, SubmitterType.ids(),
                violations);
        Verification verificationValue = one("verification", verification, Verification::fromId,
                new String[] {Verification.VERIFIED.id(), Verification.DECLARED.id()}, violations);
        String countryValue = country == null || country.isBlank() ? null : country;
        if (countryValue != null && !Countries.reference().isCode(countryValue)) {
            violations.add(new FieldViolation("country", "must be an ISO 3166-1 alpha-2 code such as FR, or absent"));
        } else if (countryValue == null && type != null && type.speaksForACountry()) {
            violations.add(new FieldViolation("country", "is required for a " + type.id()));
        }
        if (comment == null || comment.isBlank() || comment.length() > CommunicationController.MAX_TEXT) {
            violations.add(new FieldViolation("comment",
                    "must be 1 to " + CommunicationController.MAX_TEXT + " characters, not only spaces"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
        return new CommunicationReviewed(CommunicationReviewed.SCHEMA_VERSION, id, reviewedAt, reviewedBy, comment,
                themeValues, resolutionValues.stream().map(Resolution::id).toList(), type, countryValue,
                verificationValue);
    }

    private static <T> List<T> all(String field, List<String> ids, Function<String, T> parse, String[] allowed,
                                   List<FieldViolation> violations) {
        if (ids == null) {
            violations.add(new FieldViolation(field, "is required (an empty list for none); one of: "
                    + String.join(", ", allowed)));
            return List.of();
        }
        LinkedHashSet<T> values = new LinkedHashSet<>();
        for (String id : ids) {
            T value = parseOrNull(id, parse);
            if (value == null) {
                violations.add(new FieldViolation(field, "holds an unknown value; each must be one of: "
                        + String.join(", ", allowed)));
                return List.of();
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private static <T> T one(String field, String id, Function<String, T> parse, String[] allowed,
                             List<FieldViolation> violations) {
        T value = id == null ? null : parseOrNull(id, parse);
        if (value == null) {
            violations.add(new FieldViolation(field, "must be one of: " + String.join(", ", allowed)));
        }
        return value;
    }

    private static <T> T parseOrNull(String id, Function<String, T> parse) {
        try {
            return id == null ? null : parse.apply(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
