package dev.assay.classification.stream;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Turns a received record into what is published for it: its classified event on the classified topic, keyed by
 * communication id, as JSON with {@code contentType: application/json} (as the binder wrote it); for a tombstone (a
 * withdrawn communication: the key and no value) a tombstone under the same key, so that the compacted classified
 * topic, and report-service reading it, forget the communication too; or its dead letter
 * ({@link DeadLetters}) when the record is not a communication this service reads, when classifying it throws, or when
 * the event is larger than the classified topic takes. None of these fails the poll it came in: it is published with
 * the others, its offset committed with them.
 */
final class Publications {

    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final ReceivedEvents received;
    private final ClassifiedEvents classified;
    private final ObjectWriter writer;
    private final Topic<?, ?> classifiedTopic;
    private final RecordSize size;
    private final DeadLetters deadLetters;

    Publications(ReceivedEvents received, ClassifiedEvents classified, JsonMapper json, Topic<?, ?> classifiedTopic,
                 RecordSize size, DeadLetters deadLetters) {
        this.received = received;
        this.classified = classified;
        this.writer = json.writerFor(CommunicationClassified.class);
        this.classifiedTopic = classifiedTopic;
        this.size = size;
        this.deadLetters = deadLetters;
    }

    Publication of(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null && record.key() != null) {
            // no value to classify and nothing wrong: the tombstone travels on, in the poll's transaction
            return new Publication(record, new ProducerRecord<>(classifiedTopic.name(), record.key(), null), null);
        }
        try {
            return new Publication(record, event(classified.classify(received.read(record.value()))), null);
        } catch (RuntimeException unpublishable) {
            return deadLetter(record, unpublishable);
        }
    }

    /** The record's dead letter, for why it could not be published. */
    Publication deadLetter(ConsumerRecord<byte[], byte[]> record, Throwable why) {
        ProducerRecord<byte[], byte[]> letter = deadLetters.letter(record, why);
        return new Publication(record, letter,
                new String(letter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8));
    }

    /** @throws RecordTooLargeException when the event is larger than the classified topic takes */
    ProducerRecord<byte[], byte[]> event(CommunicationClassified event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(classifiedTopic.name(),
                event.communicationId().getBytes(StandardCharsets.UTF_8), writer.writeValueAsBytes(event));
        record.headers().add("contentType", JSON);
        int bytes = size.of(record);
        if (bytes > classifiedTopic.maxMessageBytes()) {
            throw new RecordTooLargeException("the classified event of communication " + event.communicationId()
                    + " is " + bytes + " bytes, more than the " + classifiedTopic.maxMessageBytes() + " bytes "
                    + classifiedTopic.name() + " takes (max.message.bytes)");
        }
        return record;
    }
}
