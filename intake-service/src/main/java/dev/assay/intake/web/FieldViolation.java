package dev.assay.intake.web;

/**
 * One reason a request was refused.
 *
 * @param field   JSON path of the offending value, such as {@code submitter.country} or {@code themes[1]}
 * @param message what is wrong with it, in words a client developer can act on
 */
record FieldViolation(String field, String message) {
}
