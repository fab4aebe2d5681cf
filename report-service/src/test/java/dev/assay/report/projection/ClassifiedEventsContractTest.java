package dev.assay.report.projection;

import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consumer side of the event contract: the bytes of a classified record are read by {@link ClassifiedRecords} with the
 * service's own JSON mapper, which is what the {@code project} consumer does with every record of a batch. A record it
 * refuses is dead-lettered with the reason; it never reaches the projector as something else.
 */
@ReportServiceTest
class ClassifiedEventsContractTest {

    @Autowired
    private JsonMapper mapper;

    @Test
    void theGoldenJsonReadsAsTheGoldenRecord() {
        assertThat(read(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(GoldenEvents.classified());
    }

    @Test
    void aRecordThatIsNotJsonIsRefusedWithTheReason() {
        assertThatThrownBy(() -> read("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("not a valid CommunicationClassified");
    }

    @Test
    void aRecordItsConstructorRejectsIsRefused() {
        ObjectNode golden = (ObjectNode) mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON));
        golden.put("communicationId", "someone-else");

        assertThatThrownBy(() -> read(mapper.writeValueAsBytes(golden)))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("differs from the communication's id");
    }

    @Test
    void anUnknownSchemaVersionIsRefused() {
        ObjectNode golden = (ObjectNode) mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON));
        golden.put("schemaVersion", 2);

        assertThatThrownBy(() -> read(mapper.writeValueAsBytes(golden)))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("unsupported schemaVersion 2");
    }

    @Test
    void jsonNullAndAMissingValueAreRefused() {
        assertThatThrownBy(() -> read("null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("JSON null");
        assertThatThrownBy(() -> new ClassifiedRecords(mapper).read(null))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("no value");
    }

    private Object read(byte[] value) {
        return new ClassifiedRecords(mapper).read(value);
    }
}
