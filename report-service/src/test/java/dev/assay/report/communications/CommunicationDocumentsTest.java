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
            GoldenEvents.classified().classification()));

    @Test
    void aViewReadsBackEqualFromItsDocument() {
        assertThat(documents.fromDocument(documents.toDocument(view))).isEqualTo(view);
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
