package dev.assay.intake.publishing;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakePropertiesFixture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class CommunicationPublisherTest {

    private static final String TOPIC = Topics.COMMUNICATIONS_RECEIVED.name();
    private final CommunicationReceived communication = GoldenEvents.received();
    private final String id = communication.id();

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, CommunicationReceived> kafka = mock(KafkaTemplate.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CommunicationPublisher publisher = new CommunicationPublisher(kafka,
            IntakePropertiesFixture.withPublishTimeout(Duration.ofMillis(200)), meters);

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void returnsOnceKafkaAcknowledgedTheRecordKeyedById() {
        given(kafka.send(TOPIC, id, communication)).willReturn(CompletableFuture.completedFuture(acknowledgement()));

        publisher.publish(communication);

        then(kafka).should().send(TOPIC, id, communication);
        assertThat(publishCount("acknowledged")).isEqualTo(1);
        assertThat(publishCount("failed")).isZero();
    }

    @Test
    void aRecordKafkaRefusedIsAPublishFailureCarryingKafkasReason() {
        NotEnoughReplicasException refusal = new NotEnoughReplicasException("1 of 2 in sync");
        given(kafka.send(TOPIC, id, communication)).willReturn(CompletableFuture.failedFuture(refusal));

        assertThatThrownBy(() -> publisher.publish(communication))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("Kafka did not store communication " + id)
                .hasCause(refusal)
                .isNotInstanceOf(PublishOutcomeUnknownException.class);
        assertThat(publishCount("failed")).isEqualTo(1);
    }

    @Test
    void noAcknowledgementWithinThePublishTimeoutIsAnUnknownOutcomeThatLaterCarriesKafkasAnswer() {
        CompletableFuture<SendResult<String, CommunicationReceived>> pending = new CompletableFuture<>();
        given(kafka.send(TOPIC, id, communication)).willReturn(pending);

        PublishOutcomeUnknownException late = catchThrowableOfType(PublishOutcomeUnknownException.class,
                () -> publisher.publish(communication));

        assertThat(late).hasMessage("Whether Kafka holds communication " + id + " is not known yet: Kafka did not "
                + "answer within 200 ms").hasCauseInstanceOf(TimeoutException.class);
        assertThat(late.communicationId()).isEqualTo(id);
        assertThat(late.receivedAt()).isEqualTo(communication.receivedAt());
        assertThat(late.held()).isNotDone();
        assertThat(publishCount("unknown")).isEqualTo(1);

        pending.complete(acknowledgement());

        assertThat(late.held()).isCompletedWithValue(true);
    }

    @Test
    void aLateRefusalCompletesTheUnknownOutcomeWithNotHeld() {
        CompletableFuture<SendResult<String, CommunicationReceived>> pending = new CompletableFuture<>();
        given(kafka.send(TOPIC, id, communication)).willReturn(pending);
        PublishOutcomeUnknownException late = catchThrowableOfType(PublishOutcomeUnknownException.class,
                () -> publisher.publish(communication));

        pending.completeExceptionally(new NotEnoughReplicasException("1 of 2 in sync"));

        assertThat(late.held()).isCompletedWithValue(false);
    }

    @Test
    void theProducersOwnDeliveryTimeoutIsAnUnknownOutcomeTooSinceTheRecordMayHaveBeenWritten() {
        org.apache.kafka.common.errors.TimeoutException expired =
                new org.apache.kafka.common.errors.TimeoutException("Expiring 1 record(s): 6000 ms has passed");
        given(kafka.send(TOPIC, id, communication)).willReturn(CompletableFuture.failedFuture(
                new KafkaProducerException(new ProducerRecord<>(TOPIC, id, communication), "failed", expired)));

        PublishOutcomeUnknownException late = catchThrowableOfType(PublishOutcomeUnknownException.class,
                () -> publisher.publish(communication));

        assertThat(late).hasMessageEndingWith("the producer gave up waiting for Kafka").hasCause(expired);
        assertThat(late.held()).isCompletedWithValue(false);
        assertThat(publishCount("unknown")).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitIsAnUnknownOutcomeAndTheThreadStaysInterrupted() {
        given(kafka.send(TOPIC, id, communication)).willReturn(new CompletableFuture<>());
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> publisher.publish(communication))
                .isInstanceOf(PublishOutcomeUnknownException.class)
                .hasMessageEndingWith("the wait for Kafka was interrupted")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aProducerThatFailsBeforeReturningAFutureIsAPublishFailure() {
        KafkaException closed = new KafkaException("producer closed");
        given(kafka.send(TOPIC, id, communication)).willThrow(closed);

        assertThatThrownBy(() -> publisher.publish(communication))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("Kafka refused communication " + id)
                .hasCause(closed)
                .isNotInstanceOf(PublishOutcomeUnknownException.class);
        assertThat(publishCount("failed")).isEqualTo(1);
    }

    private SendResult<String, CommunicationReceived> acknowledgement() {
        return new SendResult<>(new ProducerRecord<>(TOPIC, id, communication),
                new RecordMetadata(new TopicPartition(TOPIC, 0), 0, 0, 0, 0, 0));
    }

    private long publishCount(String outcome) {
        return meters.get("assay.intake.publish").tag("outcome", outcome).timer().count();
    }
}
