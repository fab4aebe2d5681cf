package dev.assay.contracts.events;

import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Verification;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden examples and the records agree both ways with Jackson's defaults, which every service uses. */
class GoldenEventsTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void receivedRecordWritesTheGoldenJson() {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(GoldenEvents.received()));

        assertThat(written).isEqualTo(mapper.readTree(GoldenEvents.json(GoldenEvents.RECEIVED_JSON)));
    }

    @Test
    void goldenReceivedJsonReadsAsTheRecord() {
        CommunicationReceived read = mapper.readValue(GoldenEvents.json(GoldenEvents.RECEIVED_JSON),
                CommunicationReceived.class);

        assertThat(read).isEqualTo(GoldenEvents.received());
    }

    @Test
    void classifiedRecordWritesTheGoldenJson() {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(GoldenEvents.classified()));

        assertThat(written).isEqualTo(mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON)));
    }

    @Test
    void goldenClassifiedJsonReadsAsTheRecord() {
        CommunicationClassified read = mapper.readValue(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON),
                CommunicationClassified.class);

        assertThat(read).isEqualTo(GoldenEvents.classified());
    }

    @Test
    void missingListsReadAsEmptyListsSoOlderProducersStayReadable() {
        String minimal = """
                {"schemaVersion":1,"id":"c-1","receivedAt":"2026-01-01T00:00:00Z","channel":"email",
                 "submitter":{"type":"stakeholder"},"subject":"Tailings","body":""}""";

        CommunicationReceived read = mapper.readValue(minimal, CommunicationReceived.class);

        assertThat(read.declaredThemes()).isEmpty();
        assertThat(read.attachments()).isEmpty();
        assertThat(read.submitter().country()).isNull();
    }

    @Test
    void evidenceWrittenBeforePassagesExistedReadsWithoutAPassageAndIsWrittenWithoutOne() {
        String older = """
                {"field":"body","term":"tailings","start":4,"end":12,"snippet":"Our tailings"}""";

        Evidence read = mapper.readValue(older, Evidence.class);

        assertThat(read.passage()).isNull();
        assertThat(mapper.readTree(mapper.writeValueAsString(read))).isEqualTo(mapper.readTree(older));
        assertThat(read.in(new Passage(2, 0, 40)).passage()).isEqualTo(new Passage(2, 0, 40));
    }

    @Test
    void aSubmitterWrittenBeforeVerificationExistedReadsAsDeclaredAndNoResend() {
        String older = """
                {"schemaVersion":1,"id":"c-2","receivedAt":"2026-01-01T00:00:00Z","channel":"api",
                 "submitter":{"type":"member-state","country":"FR"},"subject":"Tailings","body":""}""";

        CommunicationReceived read = mapper.readValue(older, CommunicationReceived.class);

        assertThat(read.submitter().verification()).isEqualTo(Verification.DECLARED);
        assertThat(read.submitter().verified()).isFalse();
        assertThat(read.resendOf()).isNull();
    }
}
