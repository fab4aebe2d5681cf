package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * What the pass-through publishes for a received record: the communication it reads, written back as JSON keyed by
 * its id, as classification-service writes its events (the JSON read, the JSON write and nothing else).
 */
final class PassThroughRecords {

    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final String topic;

    PassThroughRecords(JsonMapper json, String topic) {
        this.reader = json.readerFor(CommunicationReceived.class);
        this.writer = json.writerFor(CommunicationReceived.class);
        this.topic = topic;
    }

    ProducerRecord<byte[], byte[]> of(ConsumerRecord<byte[], byte[]> record) {
        CommunicationReceived received = reader.readValue(record.value());
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>(topic,
                received.id().getBytes(StandardCharsets.UTF_8), writer.writeValueAsBytes(received));
        output.headers().add("contentType", JSON);
        return output;
    }
}
