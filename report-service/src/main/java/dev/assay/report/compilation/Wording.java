package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.GroupParticipation;

import java.util.Locale;
import java.util.Map;

/** The compilation's own words, the same in every format. */
final class Wording {

    static final String DOCUMENT = "Information document: note by the Executive Director";
    static final String MANDATE = "Mandate";
    static final String MANDATE_TEXT = "The United Nations Environment Assembly asked for the views of Member States "
            + "and stakeholders on the environmentally sound management of minerals and metals in the following "
            + "resolutions. This document compiles the communications received in answer to them.";
    static final String PARTICIPATION = "Participation";
    static final String BY_GROUP = "Member States by United Nations regional group";
    static final String BY_STATUS = "Member States by development status";
    static final String HEARD_FROM = "Member States heard from";
    static final String AWAITING = "Member States awaiting verification";
    static final String PARTICIPATION_NOTE = "A Member State is heard from when one of its communications (its own or "
            + "its focal point's) is verified. These figures cover every communication received, whatever the period "
            + "or filters of this compilation.";
    static final String OVERVIEW = "Communications by theme and region";
    static final String ANNEX = "Annex: communications received";
    static final String[] GROUP_COLUMNS = {"Group", "Member States", "Heard from", "Awaiting verification",
            "Not yet heard", "Share heard"};
    static final String[] ANNEX_COLUMNS = {"No.", "Received", "Submitter", "Language", "Subject", "Themes",
            "Campaign"};
    private static final Map<String, String> STATUSES = Map.of("developing", "Developing countries",
            "ldc", "Least developed countries", "lldc", "Landlocked developing countries",
            "sids", "Small island developing States");

    private Wording() {
    }

    static String status(String id) {
        return STATUSES.getOrDefault(id, id);
    }

    static String[] groupRow(String label, GroupParticipation group) {
        return new String[] {label, String.valueOf(group.memberStates()), String.valueOf(group.heard()),
                String.valueOf(group.awaitingVerification()), String.valueOf(group.notYetHeard()),
                String.format(Locale.ROOT, "%.1f %%", group.heardShare() * 100)};
    }

    static String heard(int heard, int memberStates, int awaiting) {
        return heard + " of the " + memberStates + " Member States have been heard from; " + awaiting
                + " more await verification.";
    }

    static String overview(Overview overview) {
        return "This compilation holds " + overview.communications() + " communications. " + overview.copies()
                + " of them are copies of campaign letters (near-duplicates of an earlier communication): each "
                + "campaign is shown once, under its first letter, with its size.";
    }

    static String theme(Theme theme, long count) {
        return count + (count == 1 ? " communication" : " communications") + " under this theme.";
    }

    static String region(Region region, long count) {
        return region.label() + " (" + count + ")";
    }

    /** A section's heading again where a part of the PDF goes on with it. */
    static String continued(String heading) {
        return heading + " (continued)";
    }

    static String entryHeading(Entry entry) {
        return entry.submitter() + " — " + Dates.of(entry.receivedAt()) + " — " + Languages.name(entry.language());
    }

    static String campaign(long size) {
        return "Campaign: this letter was sent by " + size + " submitters; it is shown once.";
    }

    static String reviewed() {
        return "Themes reviewed by an analyst.";
    }

    static String passage(Excerpt excerpt) {
        String field = excerpt.where().startsWith("attachment:")
                ? "Attachment " + excerpt.where().substring("attachment:".length()) : capitalised(excerpt.where());
        if (excerpt.passage() == 0) {
            return field + ", opening (no passage marked by the classifier)";
        }
        return field + ", passage " + excerpt.passage() + (excerpt.text() == null ? " (text not kept)" : "");
    }

    static String annex(long count) {
        return "Every communication received under this compilation's period and filters, in order of receipt: "
                + count + " in all.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
