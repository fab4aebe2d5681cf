package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer binding as the binder sees it once application.yml is bound. */
class BindingPropertiesTest extends ServiceTest {

    @Autowired
    private BindingServiceProperties bindings;

    @Test
    void aRejectedCommunicationIsNotRetriedButOtherFailuresAreRetriedThreeTimes() {
        ConsumerProperties consumer = bindings.getConsumerProperties("classify-in-0");

        assertThat(consumer.getMaxAttempts()).isEqualTo(3);
        assertThat(consumer.getConcurrency()).isEqualTo(1);
        assertThat(consumer.getRetryableExceptions()).containsEntry(RejectedCommunicationException.class, false);
    }

    @Test
    void theBindingsReadAndWriteJsonInTheirGroup() {
        assertThat(bindings.getBindingProperties("classify-in-0").getGroup()).isEqualTo("classification-service");
        assertThat(bindings.getBindingProperties("classify-in-0").getContentType()).isEqualTo("application/json");
        assertThat(bindings.getBindingProperties("classify-out-0").getContentType()).isEqualTo("application/json");
    }
}
