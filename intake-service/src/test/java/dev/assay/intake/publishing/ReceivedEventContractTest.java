package dev.assay.intake.publishing;

import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Producer side of the contract: what intake writes to Kafka is the golden CommunicationReceived JSON. */
class ReceivedEventContractTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void theConfiguredValueSerializerWritesTheGoldenJsonWithoutTypeHeaders() {
        ConfiguredProducer.inspect(producer -> {
            Serializer<Object> serializer = producer.valueSerializer();
            RecordHeaders headers = new RecordHeaders();

            byte[] written = serializer.serialize(Topics.COMMUNICATIONS_RECEIVED.name(), headers,
                    GoldenEvents.received());

            String text = new String(written, StandardCharsets.UTF_8);
            assertThat(mapper.readTree(text)).isEqualTo(mapper.readTree(GoldenEvents.json(GoldenEvents.RECEIVED_JSON)));
            assertThat(headers.toArray()).isEmpty();
        });
    }
}
