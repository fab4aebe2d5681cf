package dev.assay.report.compilation;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.communications.ReviewedValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the compilation names a communication's submitter: the organisation, what kind of submitter and the country,
 * as an analyst's review has them where there is one ({@code Ministère de l'Environnement (Member State, France)}).
 * The person's name and e-mail address are left out: the document goes to the Assembly.
 */
final class Submitters {

    private static final Map<SubmitterType, String> TYPES = Map.of(
            SubmitterType.MEMBER_STATE, "Member State",
            SubmitterType.FOCAL_POINT, "Focal point",
            SubmitterType.STAKEHOLDER, "Stakeholder",
            SubmitterType.UN_ENTITY, "United Nations entity",
            SubmitterType.INTERGOVERNMENTAL, "Intergovernmental organization");

    private Submitters() {
    }

    static String of(CommunicationView view) {
        Submitter submitter = view.submitter();
        ReviewedValues reviewed = view.latestReview() == null ? null : view.latestReview().after();
        SubmitterType type = reviewed != null ? reviewed.submitterType() : submitter == null ? null : submitter.type();
        String country = reviewed != null ? reviewed.country() : submitter == null ? null : submitter.country();
        List<String> about = new ArrayList<>();
        if (type != null) {
            about.add(TYPES.get(type));
        }
        if (country != null) {
            about.add(Countries.reference().find(country).map(Country::name).orElse(country));
        }
        String organisation = submitter == null || submitter.organisation() == null
                || submitter.organisation().isBlank() ? null : submitter.organisation().strip();
        if (organisation == null) {
            return about.isEmpty() ? "Unknown submitter" : String.join(", ", about);
        }
        return about.isEmpty() ? organisation : organisation + " (" + String.join(", ", about) + ")";
    }
}
