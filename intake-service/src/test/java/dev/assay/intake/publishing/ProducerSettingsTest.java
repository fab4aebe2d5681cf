package dev.assay.intake.publishing;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer is durable (acks=all, idempotent) and every wait it can impose on a request is bounded. */
class ProducerSettingsTest {

    @Test
    void theProducerWaitsForAllInSyncReplicasAndNeverWritesTwice() {
        ConfiguredProducer.inspect(producer -> {
            ProducerConfig config = producer.producerConfig();

            assertThat(config.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("-1");
            assertThat(config.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
            assertThat(config.getClass(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG)).isEqualTo(StringSerializer.class);
            assertThat(config.getClass(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG))
                    .isEqualTo(JacksonJsonSerializer.class);
        });
    }

    @Test
    void kafkaGivesItsFinalAnswerBeforeARequestStopsWaitingForIt() {
        ConfiguredProducer.inspect(producer -> {
            ProducerConfig config = producer.producerConfig();
            long maxBlockMs = config.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG);
            int requestTimeoutMs = config.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
            int deliveryTimeoutMs = config.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);

            assertThat(maxBlockMs).isEqualTo(4000);
            assertThat(requestTimeoutMs).isEqualTo(5000);
            assertThat(deliveryTimeoutMs).isEqualTo(6000);
            assertThat(Duration.ofMillis(maxBlockMs + deliveryTimeoutMs))
                    .isLessThanOrEqualTo(producer.intakeProperties().publishTimeout());
        });
    }
}
