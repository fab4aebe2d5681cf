package dev.assay.intake;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A producer interceptor that makes Kafka's acknowledgements late on demand: after {@link #hold()} the producer's
 * network thread waits in {@code onAcknowledgement}, before the send's future completes, until {@link #release()}.
 * The broker has appended the record by then, so this is the case a publish timeout cannot tell from a lost record.
 */
public final class HeldAcknowledgements implements ProducerInterceptor<Object, Object> {

    private static final CountDownLatch OPEN = new CountDownLatch(0);
    private static volatile CountDownLatch gate = OPEN;

    /** Acknowledgements from now on wait for {@link #release()}. */
    public static void hold() {
        gate = new CountDownLatch(1);
    }

    /** Lets every held acknowledgement through, and the next ones too. */
    public static void release() {
        CountDownLatch held = gate;
        gate = OPEN;
        held.countDown();
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
