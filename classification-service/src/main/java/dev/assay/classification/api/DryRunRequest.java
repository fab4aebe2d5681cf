package dev.assay.classification.api;

/**
 * What the dry run reads. Every field is optional on the wire so that {@link DryRunValidator} can report all
 * problems at once instead of failing on the first.
 *
 * @param language  ISO 639-1 code of one of the six languages; given, it replaces language identification
 * @param submitter who would be sending it; the country gives the region
 */
record DryRunRequest(String subject, String body, String language, Submitter submitter) {

    record Submitter(String type, String country) {
    }
}
