package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.CompressionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire contract, checked with what the {@code classify} function itself reads and writes: the received record's
 * bytes as the consumer hands them over, and the classified record as its producer sends it.
 */
class ConversionContractTest extends ServiceTest {

    @Autowired
    private ReceivedEvents received;
    @Autowired
    private ClassifiedEvents classified;
    @Autowired
    private JsonMapper json;

    @Test
    void theGoldenReceivedJsonReadsAsTheGoldenRecord() {
        byte[] bytes = GoldenEvents.json(GoldenEvents.RECEIVED_JSON).getBytes(StandardCharsets.UTF_8);

        assertThat(received.read(bytes)).isEqualTo(GoldenEvents.received());
    }

    @Test
    void theGoldenClassifiedRecordWritesTheGoldenJson() {
        ProducerRecord<byte[], byte[]> written = publications().event(GoldenEvents.classified());

        assertThat(json.readTree(written.value())).isEqualTo(json.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON)));
        assertThat(new String(written.key(), StandardCharsets.UTF_8)).isEqualTo(GoldenEvents.classified().communicationId());
    }

    @Test
    void theFunctionReadsTheGoldenReceivedRecordAndCarriesItIntoItsOutput() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("communications.received.v1", 0, 0L,
                GoldenEvents.received().id().getBytes(StandardCharsets.UTF_8),
                GoldenEvents.json(GoldenEvents.RECEIVED_JSON).getBytes(StandardCharsets.UTF_8));

        Publication publication = publications().of(record);

        assertThat(publication.deadLetter()).isFalse();
        assertThat(publication.output().topic()).isEqualTo("communications.classified.v1");
        CommunicationClassified event = json.readValue(publication.output().value(), CommunicationClassified.class);
        assertThat(event.communication()).isEqualTo(GoldenEvents.received());
        assertThat(event.classification().resolutions()).containsExactly("5/12");
        assertThat(event.classification().countriesMentioned()).containsExactly("FR");
        assertThat(event.classification().language()).isEqualTo("fr");
    }

    private Publications publications() {
        RecordSize size = new RecordSize(CompressionType.NONE);
        return new Publications(received, classified, json, Topics.COMMUNICATIONS_CLASSIFIED, size,
                new DeadLetters(Topics.COMMUNICATIONS_RECEIVED_DLT, size));
    }
}
