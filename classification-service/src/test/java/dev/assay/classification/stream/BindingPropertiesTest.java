package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer binding as the binder sees it once application.yml is bound, and its listener container. */
class BindingPropertiesTest extends ServiceTest {

    @Autowired
    private BindingServiceProperties bindings;
    @Autowired
    private ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> classifyContainer;
    @Autowired
    private BatchRetries retries;

    @Test
    void theFunctionTakesEachPollAsItCameAndTheBinderNeverRetriesIt() {
        ConsumerProperties consumer = bindings.getConsumerProperties("classify-in-0");

        assertThat(consumer.isBatchMode()).isTrue();
        assertThat(consumer.isUseNativeDecoding()).isTrue();
        assertThat(consumer.getMaxAttempts()).isEqualTo(1);
        assertThat(consumer.getConcurrency()).isEqualTo(1);
    }

    @Test
    void theContainerNeverCommitsAnOffsetOfItsOwnAndSeeksAFailedPollBackForBatchRetries() {
        KafkaMessageListenerContainer<byte[], byte[]> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties("communications.received.v1"));

        classifyContainer.configure(container, "communications.received.v1", "classification-service");

        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(ContainerProperties.AckMode.MANUAL);
        assertThat(container.getCommonErrorHandler()).isSameAs(retries);
        assertThat(retries.isAckAfterHandle()).isFalse();
        assertThat(retries.seeksAfterHandling()).isTrue();
    }

    @Test
    void theFunctionReadsInItsGroupAndHasNoOutputBinding() {
        assertThat(bindings.getBindingProperties("classify-in-0").getGroup()).isEqualTo("classification-service");
        assertThat(bindings.getBindings()).doesNotContainKey("classify-out-0");
    }
}
