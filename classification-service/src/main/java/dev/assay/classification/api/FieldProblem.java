package dev.assay.classification.api;

/** One thing wrong with a request, listed in the problem's {@code errors}. */
record FieldProblem(String field, String message) {
}
