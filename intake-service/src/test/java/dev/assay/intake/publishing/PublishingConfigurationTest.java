package dev.assay.intake.publishing;

import dev.assay.contracts.topics.TopicSetup;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.IntakePropertiesFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishingConfigurationTest {

    @Test
    void theTopicLayoutComesFromTheConfiguredPartitionsAndReplicationFactor() {
        IntakeProperties d = IntakePropertiesFixture.defaults();
        IntakeProperties properties = new IntakeProperties(d.maxRequestBytes(), d.maxLength(), d.publishTimeout(),
                d.retryAfter(), d.reportBaseUrl(), new IntakeProperties.TopicLayout(12, 3), d.kafkaHealth());

        TopicSetup.Layout layout = PublishingConfiguration.layout(properties);

        assertThat(layout).isEqualTo(new TopicSetup.Layout(12, (short) 3));
        assertThat(layout.minInSyncReplicas()).isEqualTo(2);
    }
}
