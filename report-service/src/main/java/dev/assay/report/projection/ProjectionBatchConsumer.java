package dev.assay.report.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code project} consumer: takes what one poll returned from the classified, verified and withdrawn topics, reads
 * every record by its topic, and projects them together. A record that cannot be read is reported by its index once
 * the records before it are projected, so that the listener container commits those, sends that one to its topic's
 * dead-letter topic and delivers the rest again. Any other failure (MongoDB not answering) fails the whole batch,
 * which is retried as a whole: projecting is idempotent. Tombstones (records without a value, such as the one written
 * on the classified topic for a withdrawn communication) carry nothing to project and are passed over.
 */
final class ProjectionBatchConsumer implements Consumer<Message<List<byte[]>>> {

    static final String METRIC = "assay.report.projections";

    private final EventRecords records;
    private final CommunicationProjector projector;
    private final Map<CommunicationProjector.Outcome, Counter> outcomes =
            new EnumMap<>(CommunicationProjector.Outcome.class);

    ProjectionBatchConsumer(EventRecords records, CommunicationProjector projector, MeterRegistry meters) {
        this.records = records;
        this.projector = projector;
        for (CommunicationProjector.Outcome outcome : CommunicationProjector.Outcome.values()) {
            outcomes.put(outcome, meters.counter(METRIC, "outcome", outcome.name().toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> values = batch.getPayload();
        List<?> topics = batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, List.class);
        List<Object> events = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (EventRecords.isTombstone(value)) {
                continue;
            }
            try {
                events.add(records.read(topics == null ? null : (String) topics.get(i), value));
            } catch (UnreadableRecordException unreadable) {
                project(events);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
            }
        }
        project(events);
    }

    private void project(List<Object> events) {
        if (!events.isEmpty()) {
            projector.project(events).forEach(outcome -> outcomes.get(outcome).increment());
        }
    }
}
