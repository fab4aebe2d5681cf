package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PassThroughRecordsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesTheCommunicationItReadBackAsJsonKeyedByItsId() {
        CommunicationReceived received = GoldenEvents.received();
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("communications.received.v1", 0, 0L,
                "some key".getBytes(StandardCharsets.UTF_8),
                GoldenEvents.json(GoldenEvents.RECEIVED_JSON).getBytes(StandardCharsets.UTF_8));

        ProducerRecord<byte[], byte[]> out = new PassThroughRecords(json, "benchmark.pass-through.v1").of(record);

        assertThat(out.topic()).isEqualTo("benchmark.pass-through.v1");
        assertThat(new String(out.key(), StandardCharsets.UTF_8)).isEqualTo(received.id());
        assertThat(json.readValue(out.value(), CommunicationReceived.class)).isEqualTo(received);
        assertThat(new String(out.headers().lastHeader("contentType").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
    }
}
