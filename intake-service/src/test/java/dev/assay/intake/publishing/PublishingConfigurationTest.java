package dev.assay.intake.publishing;

import dev.assay.intake.IntakeProperties;
import dev.assay.intake.IntakePropertiesFixture;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublishingConfigurationTest {

    @ParameterizedTest(name = "replication factor {0} -> min.insync.replicas {1}")
    @CsvSource({"1,1", "2,1", "3,2", "5,2"})
    void minInSyncReplicasLeavesOneReplicaToSpareWhenThereIsOne(int replicationFactor, int expected) {
        assertThat(PublishingConfiguration.minInSyncReplicas(replicationFactor)).isEqualTo(expected);
    }

    @Test
    void theDeclaredTopicIsTheCataloguedOneWithTheConfiguredLayout() {
        IntakeProperties d = IntakePropertiesFixture.defaults();
        IntakeProperties properties = new IntakeProperties(d.maxRequestBytes(), d.maxLength(), d.publishTimeout(),
                d.retryAfter(), d.reportBaseUrl(), new IntakeProperties.TopicLayout(12, 3), d.kafkaHealth());

        NewTopic topic = new PublishingConfiguration().communicationsReceivedTopic(properties);

        assertThat(topic.name()).isEqualTo("communications.received.v1");
        assertThat(topic.numPartitions()).isEqualTo(12);
        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).isEqualTo(Map.of("min.insync.replicas", "2"));
    }
}
