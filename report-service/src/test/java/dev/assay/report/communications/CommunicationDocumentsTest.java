package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CommunicationDocumentsTest {

    private final CommunicationDocuments documents = new CommunicationDocuments(JsonMapper.builder().build());

    private final CommunicationView view = CommunicationView.of(new CommunicationClassified(1,
            GoldenEvents.received().id(), Instant.parse("2026-03-02T09:15:31.456789123Z"), GoldenEvents.received(),
            GoldenEvents.classified().classification()), null);

    @Test
    void aViewReadsBackEqualFromItsDocument() {
        assertThat(documents.fromDocument(documents.toDocument(view))).isEqualTo(view);
    }

    @Test
    void anAnalystsVerificationReadsBackWithTheSubmitterShownAsVerified() {
        AnalystVerification verification = new AnalystVerification(Instant.parse("2026-03-03T08:00:00.123456789Z"),
                "ana", "called the permanent mission");
        CommunicationView verified = CommunicationView.of(new CommunicationClassified(1, GoldenEvents.received().id(),
                Instant.parse("2026-03-02T09:15:31Z"), GoldenEvents.received(),
                GoldenEvents.classified().classification()), verification);

        CommunicationView read = documents.fromDocument(documents.toDocument(verified));

        assertThat(read).isEqualTo(verified);
        assertThat(read.analystVerification()).isEqualTo(verification);
        assertThat(read.submitter().verified()).isTrue();
    }

    @Test
    void theDocumentKeepsWireIdsAndFullPrecisionInstants() {
        Document document = documents.toDocument(view);

        assertThat(document.getString("_id")).isEqualTo("7d0c3a52-6f0e-4c0b-9a55-2f1f0f3c9b11");
        assertThat(document).doesNotContainKey("id");
        assertThat(document.getString("channel")).isEqualTo("api");
        assertThat(document.getString("classifiedAt")).isEqualTo("2026-03-02T09:15:31.456789123Z");
        assertThat(document.get("submitter", java.util.Map.class)).containsEntry("type", "member-state");
    }

    @Test
    void attachmentsAreStoredWithoutTheirExtractedText() {
        Document document = documents.toDocument(view);

        assertThat(document.getList("attachments", java.util.Map.class).get(0))
                .containsEntry("fileName", "lettre-signée.pdf")
                .doesNotContainKey("extractedText");
    }
}
