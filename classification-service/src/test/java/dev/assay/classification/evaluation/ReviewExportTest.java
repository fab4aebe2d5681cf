package dev.assay.classification.evaluation;

import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trainer reads report-service's review export as labelled texts. */
class ReviewExportTest {

    /** Two lines as {@code GET /api/v1/reviews/export} writes them: a correction, and a text reviewed out of scope. */
    private static final String EXPORT = """
            {"id":"0b4c1e52-9d0e-4f7a-8a51-3f0c2a9e6d11","language":"fr","subject":"Résidus miniers",\
            "body":"Nous retraitons les résidus miniers de cuivre.","machine":{"themes":["best-practices"],\
            "resolutions":[],"outOfScope":false,"taxonomyVersion":"2026.2"},"label":{"themes":["resource-recovery"],\
            "resolutions":["5/12"],"submitterType":"member-state","country":"FR","verification":"verified"},\
            "reviewedAt":"2026-11-02T10:00:00Z","reviewedBy":"analyst-1"}

            {"id":"7e2a9c40-1b3d-4e5f-9a6b-8c7d0e1f2a3b","language":"en","subject":"Copper prices",\
            "body":"Copper futures rose on the exchange.","machine":{"themes":["international-cooperation"],\
            "resolutions":[],"outOfScope":false,"taxonomyVersion":"2026.2"},"label":{"themes":[],"resolutions":[],\
            "submitterType":"stakeholder","country":null,"verification":"declared"},\
            "reviewedAt":"2026-11-03T10:00:00Z","reviewedBy":"analyst-2"}
            """;

    @Test
    void eachReviewedCommunicationIsATextLabelledWithTheAnalystsValues(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("reviews.jsonl"), EXPORT);

        List<DevSetItem> items = ReviewExport.read(file);

        assertThat(items).hasSize(2);
        DevSetItem corrected = items.get(0);
        assertThat(corrected.id()).isEqualTo("review:0b4c1e52-9d0e-4f7a-8a51-3f0c2a9e6d11");
        assertThat(corrected.expected().themeSet()).containsExactly(Theme.RESOURCE_RECOVERY);
        assertThat(corrected.expected().resolutions()).containsExactly("5/12");
        assertThat(corrected.toCommunication().body()).isEqualTo("Nous retraitons les résidus miniers de cuivre.");
        assertThat(corrected.toCommunication().submitter().country()).isEqualTo("FR");
        assertThat(items.get(1).expected().outOfScope()).isTrue();
        assertThat(items.get(1).expected().themes()).isEmpty();
    }

    @Test
    void aLineThatIsNotAReviewedCommunicationStopsTheTrainingWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.jsonl"), EXPORT + "{\"id\": \"x\", \n");
        Path noLabel = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"subject\":\"Tailings\"}\n");

        assertThatThrownBy(() -> ReviewExport.read(notJson)).hasMessageContaining("line 4 is not JSON");
        assertThatThrownBy(() -> ReviewExport.read(noLabel))
                .hasMessageContaining("line 1 is not a reviewed communication");
    }
}
