package dev.assay.report.compilation;

import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.communications.CommunicationView;

import java.util.List;

/** The themes a communication counts under: the newest review's where an analyst reviewed it, else the classifier's. */
final class ReviewedThemes {

    private ReviewedThemes() {
    }

    static List<Theme> of(CommunicationView view) {
        if (view.latestReview() != null) {
            return view.latestReview().after().themes();
        }
        return view.classification().themes().stream().map(ThemeTag::id).toList();
    }
}
