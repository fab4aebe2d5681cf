package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.communications.CommunicationView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

/** The passages quoted under a theme are those its evidence names, once each, in the order of the text. */
class ExcerptsTest {

    private static final String BODY = "First paragraph.\n\nSecond paragraph on tailings.\n\nThird on recovery.";

    @Test
    void eachPassageIsQuotedOnceInTheOrderOfTheText() {
        int second = BODY.indexOf("Second");
        int third = BODY.indexOf("Third");
        CommunicationView view = view(aClassification().text("Tailings", BODY).themes(Theme.RESOURCE_RECOVERY)
                .carriedBy(Theme.RESOURCE_RECOVERY, "body", 3, third, BODY.length())
                .carriedBy(Theme.RESOURCE_RECOVERY, "body", 2, second, third - 2)
                .carriedBy(Theme.RESOURCE_RECOVERY, "body", 2, second, third - 2)
                .carriedBy(Theme.RESOURCE_RECOVERY, "subject", 1, 0, 8));

        assertThat(Excerpts.of(view, Theme.RESOURCE_RECOVERY)).containsExactly(
                new Excerpt("subject", 1, "Tailings", false),
                new Excerpt("body", 2, "Second paragraph on tailings.", false),
                new Excerpt("body", 3, "Third on recovery.", false));
    }

    @Test
    void aThemeWithoutEvidenceIsShownByTheOpeningOfTheBody() {
        CommunicationView view = view(aClassification().text("Tailings", BODY).themes(Theme.BEST_PRACTICES));

        assertThat(Excerpts.of(view, Theme.BEST_PRACTICES)).containsExactly(new Excerpt("body", 0, BODY, false));
    }

    @Test
    void aLongPassageIsCutAndAPassageBeyondTheTextIsKeptWithinIt() {
        String body = "x".repeat(Excerpts.MAX_LENGTH + 10);
        CommunicationView view = view(aClassification().text("Long", body).themes(Theme.BEST_PRACTICES)
                .carriedBy(Theme.BEST_PRACTICES, "body", 1, 0, body.length() + 50));

        List<Excerpt> excerpts = Excerpts.of(view, Theme.BEST_PRACTICES);

        assertThat(excerpts).containsExactly(new Excerpt("body", 1, "x".repeat(Excerpts.MAX_LENGTH), true));
    }

    private static CommunicationView view(dev.assay.report.ClassifiedEvents events) {
        return CommunicationView.of(events.build(), null);
    }
}
