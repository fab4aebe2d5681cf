package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.util.List;

/**
 * The values a review confirms or corrects, which decide how a reviewed communication counts.
 *
 * @param country ISO 3166-1 alpha-2, or null for none
 */
public record ReviewedValues(List<Theme> themes, List<String> resolutions, SubmitterType submitterType,
                             String country, Verification verification) {

    public ReviewedValues {
        themes = themes == null ? List.of() : List.copyOf(themes);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }

    public static ReviewedValues of(CommunicationReviewed event) {
        return new ReviewedValues(event.themes(), event.resolutions(), event.submitterType(), event.country(),
                event.verification());
    }
}
