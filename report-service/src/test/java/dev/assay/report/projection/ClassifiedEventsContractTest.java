package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consumer side of the event contract: records are read by the message conversion of the function catalog, which is
 * what the binder calls for {@code project-in-0}. A capturing consumer of the same type is registered in that catalog
 * so that the converted record can be compared as it is handed to a consumer.
 */
@ReportServiceTest
class ClassifiedEventsContractTest {

    private static final String CAPTURE = "captureClassified";
    private final AtomicReference<CommunicationClassified> captured = new AtomicReference<>();

    @Autowired
    private FunctionRegistry functions;

    @Autowired
    private JsonMapper mapper;

    @Test
    void theGoldenJsonReadsAsTheGoldenRecord() {
        deliver(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON).getBytes(StandardCharsets.UTF_8));

        assertThat(captured.get()).isEqualTo(GoldenEvents.classified());
    }

    @Test
    void aRecordThatIsNotJsonFailsConversionWithTheReason() {
        assertThatThrownBy(() -> deliver("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MessageConversionException.class)
                .hasMessageContaining("not a valid CommunicationClassified");
        assertThat(captured.get()).isNull();
    }

    @Test
    void aRecordItsConstructorRejectsFailsConversion() {
        ObjectNode golden = (ObjectNode) mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON));
        golden.put("communicationId", "someone-else");

        assertThatThrownBy(() -> deliver(mapper.writeValueAsBytes(golden)))
                .isInstanceOf(MessageConversionException.class)
                .hasMessageContaining("differs from the communication's id");
        assertThat(captured.get()).isNull();
    }

    @Test
    void anUnknownSchemaVersionFailsConversion() {
        ObjectNode golden = (ObjectNode) mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON));
        golden.put("schemaVersion", 2);

        assertThatThrownBy(() -> deliver(mapper.writeValueAsBytes(golden)))
                .isInstanceOf(MessageConversionException.class)
                .hasMessageContaining("unsupported schemaVersion 2");
        assertThat(captured.get()).isNull();
    }

    @Test
    void aRecordLabelledWithAnotherContentTypeNeverReachesTheConsumerAsSomethingElse() {
        assertThatThrownBy(() -> deliver(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON)
                .getBytes(StandardCharsets.UTF_8), MimeTypeUtils.TEXT_PLAIN_VALUE))
                .isInstanceOf(RuntimeException.class);
        assertThat(captured.get()).isNull();
    }

    private void deliver(byte[] payload) {
        deliver(payload, MimeTypeUtils.APPLICATION_JSON_VALUE);
    }

    private void deliver(byte[] payload, String contentType) {
        Message<byte[]> message = MessageBuilder.withPayload(payload)
                .setHeader(MessageHeaders.CONTENT_TYPE, contentType)
                .build();
        Consumer<Object> consumer = functions.lookup(Consumer.class, capture());
        consumer.accept(message);
    }

    private String capture() {
        String name = CAPTURE + System.identityHashCode(this);
        if (functions.lookup(Consumer.class, name) == null) {
            Consumer<Message<CommunicationClassified>> capture = message -> captured.set(message.getPayload());
            functions.register(new FunctionRegistration<>(capture, name).type(ResolvableType.forClassWithGenerics(
                    Consumer.class, ResolvableType.forClassWithGenerics(Message.class, CommunicationClassified.class))
                    .getType()));
        }
        return name;
    }
}
