package dev.assay.intake.web;

import java.util.List;

/**
 * A communication as an API client sends it. Identifiers are bound as plain strings so that an unknown value
 * becomes a field error naming the field, not a parse error about the whole body.
 */
public record CommunicationRequest(SubmitterRequest submitter, String subject, String body,
                            List<String> themes, List<String> resolutions) {

    /** The sender as they describe themselves; {@code type} is a submitter type id such as {@code member-state}. */
    public record SubmitterRequest(String type, String country, String organisation, String name, String email) {
    }
}
