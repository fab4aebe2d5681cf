package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.context.config.JsonMessageConverter;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire contract, checked with the conversion the binder itself uses: Spring Cloud Function's JSON message
 * converter over the context's function {@code JsonMapper}, and the {@code classify} function as the catalogue
 * hands it to the binder.
 */
class ConversionContractTest extends ServiceTest {

    @Autowired
    private JsonMapper functionJsonMapper;
    @Autowired
    private FunctionCatalog catalog;
    @Autowired
    private tools.jackson.databind.json.JsonMapper json;

    @Test
    void theGoldenReceivedJsonReadsAsTheGoldenRecord() {
        JsonMessageConverter converter = new JsonMessageConverter(functionJsonMapper);
        Message<byte[]> message = jsonMessage(GoldenEvents.json(GoldenEvents.RECEIVED_JSON));

        Object read = converter.fromMessage(message, CommunicationReceived.class);

        assertThat(read).isEqualTo(GoldenEvents.received());
    }

    @Test
    void theGoldenClassifiedRecordWritesTheGoldenJson() {
        JsonMessageConverter converter = new JsonMessageConverter(functionJsonMapper);
        MessageHeaders headers = new MessageHeaders(Map.of(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON));

        Message<?> written = converter.toMessage(GoldenEvents.classified(), headers);

        String text = new String((byte[]) written.getPayload(), StandardCharsets.UTF_8);
        assertThat(json.readTree(text)).isEqualTo(json.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON)));
    }

    @Test
    void theBoundFunctionReadsTheGoldenReceivedJsonAndCarriesItIntoItsOutput() {
        FunctionInvocationWrapper classify = catalog.lookup("classify", MimeTypeUtils.APPLICATION_JSON_VALUE);

        Message<?> output = (Message<?>) classify.apply(jsonMessage(GoldenEvents.json(GoldenEvents.RECEIVED_JSON)));

        CommunicationClassified classified = json.readValue((byte[]) output.getPayload(), CommunicationClassified.class);
        assertThat(classified.communication()).isEqualTo(GoldenEvents.received());
        assertThat(classified.classification().resolutions()).containsExactly("5/12");
        assertThat(classified.classification().countriesMentioned()).containsExactly("FR");
        assertThat(classified.classification().language()).isEqualTo("fr");
    }

    private static Message<byte[]> jsonMessage(String text) {
        return MessageBuilder.withPayload(text.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE).build();
    }
}
