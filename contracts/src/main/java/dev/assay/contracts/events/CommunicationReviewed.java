package dev.assay.contracts.events;

import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An analyst confirmed or corrected what a communication is counted under. Published on
 * {@code communications.reviewed.v1}, keyed by the communication id. A review states every reviewed value, not only
 * the corrected ones, so that the newest review alone (what compaction keeps) says how the communication counts; the
 * report counts it under these values from then on, whatever its machine classification says now or later.
 *
 * @param schemaVersion   version of this record's shape
 * @param communicationId the communication reviewed
 * @param reviewedAt      when the analyst reviewed it
 * @param reviewedBy      the analyst, as named by their token's subject
 * @param comment         why (mandatory): what the analyst checked, what was wrong
 * @param themes          the communication's themes; empty when it is out of scope
 * @param resolutions     the resolutions it concerns ("4/19", "5/12", "6/5", "7/…")
 * @param submitterType   who sent it
 * @param country         the submitter's country (ISO 3166-1 alpha-2), or null when it has none
 * @param verification    whether the submitter is verified
 */
public record CommunicationReviewed(int schemaVersion, String communicationId, Instant reviewedAt, String reviewedBy,
                                    String comment, List<Theme> themes, List<String> resolutions,
                                    SubmitterType submitterType, String country, Verification verification) {

    public static final int SCHEMA_VERSION = 1;

    public CommunicationReviewed {
        Objects.requireNonNull(communicationId, "communicationId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(submitterType, "submitterType");
        Objects.requireNonNull(verification, "verification");
        themes = themes == null ? List.of() : List.copyOf(themes);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }
}
