package dev.assay.bench.classification;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedEventsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eventsAreValidCommunicationsOfAboutTwoKilobytesThatReadBackEqual() {
        ReceivedEvents events = new ReceivedEvents(7, 1600);
        long bytes = 0;
        for (int i = 0; i < 60; i++) {
            CommunicationReceived event = events.next();
            byte[] value = json.writeValueAsBytes(event);
            bytes += value.length;

            assertThat(json.readValue(value, CommunicationReceived.class)).isEqualTo(event);
            assertThat(event.schemaVersion()).isEqualTo(CommunicationReceived.SCHEMA_VERSION);
            assertThat(event.channel()).isEqualTo(Channel.API);
        }
        assertThat(bytes / 60).isBetween(1900L, 2400L);
    }
}
