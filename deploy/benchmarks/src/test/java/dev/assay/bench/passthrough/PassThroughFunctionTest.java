package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PassThroughFunctionTest {

    @Test
    void returnsTheCommunicationItReadKeyedByItsId() {
        CommunicationReceived received = GoldenEvents.received();

        Message<CommunicationReceived> out = new PassThroughFunction().apply(MessageBuilder.withPayload(received).build());

        assertThat(out.getPayload()).isSameAs(received);
        assertThat(out.getHeaders().get(KafkaHeaders.KEY)).isEqualTo(received.id());
    }
}
