package dev.assay.report.web;

/**
 * One reason a request was refused.
 *
 * @param field   the offending request parameter or path variable, such as {@code id}
 * @param message what is wrong with it
 */
record FieldViolation(String field, String message) {
}
