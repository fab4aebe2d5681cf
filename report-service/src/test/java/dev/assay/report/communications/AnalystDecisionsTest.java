package dev.assay.report.communications;

import dev.assay.contracts.topics.Topics;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.assay.report.Analysts.admin;
import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.partner;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Verification and withdrawal as analysts use them: the request is answered 202 once Kafka holds the event, and the
 * report changes when the service's own consumer projects it back.
 */
@ReportServiceTest
class AnalystDecisionsTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private final String id = "d-" + UUID.randomUUID();

    @Test
    void anAnalystsVerificationIsPublishedAndMakesTheMemberStateHeard() throws Exception {
        report.project(aClassification().id(id).from(dev.assay.contracts.taxonomy.SubmitterType.MEMBER_STATE, "TO")
                .build());

        verify(analyst(), "{\"comment\":\"called the permanent mission\"}")
                .andExpect(status().isAccepted())
                .andExpect(content().json("""
                        {"schemaVersion":1,"communicationId":"%s","verifiedAt":"2026-03-10T12:00:00Z",
                         "verifiedBy":"ana","comment":"called the permanent mission"}""".formatted(id),
                        JsonCompareMode.STRICT));

        ConsumerRecord<String, String> record = lastRecord(Topics.COMMUNICATIONS_VERIFIED.name(), id);
        assertThat(record.value()).contains("\"verifiedBy\":\"ana\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/communications/{id}", id).with(analyst()))
                        .andExpect(jsonPath("$.submitter.verification").value("verified"))
                        .andExpect(jsonPath("$.analystVerification.verifiedBy").value("ana"))
                        .andExpect(jsonPath("$.analystVerification.comment").value("called the permanent mission")));
        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(jsonPath("$.heardFrom[?(@.country=='TO')].verified").value(1));
    }

    @Test
    void aVerificationNeedsACommentOfAtMost2000Characters() throws Exception {
        report.project(aClassification().id(id).build());

        for (String body : List.of("{\"comment\":\"  \"}", "{}",
                "{\"comment\":\"" + "x".repeat(2001) + "\"}")) {
            verify(analyst(), body)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("comment"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("must be 1 to 2000 characters, not only spaces"));
        }
        verify(analyst(), "not json").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verify(analyst(), "{\"comment\":\"" + "x".repeat(2000) + "\"}").andExpect(status().isAccepted());
    }

    @Test
    void onlyAnAnalystVerifiesAndOnlyWhatIsClassified() throws Exception {
        report.project(aClassification().id(id).build());
        String body = "{\"comment\":\"checked\"}";

        mvc.perform(post("/api/v1/communications/{id}/verification", id).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        verify(partner(), body).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/communications/{id}/verification", "unknown-id").with(analyst())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWithdrawalRemovesTheCommunicationFromEveryCountAndItsTextFromTheReportDatabase() throws Exception {
        report.project(aClassification().id(id).from(dev.assay.contracts.taxonomy.SubmitterType.MEMBER_STATE, "WS")
                .build());
        long total = total();
        String body = mongo.getCollection("communications").find(new Document("_id", id)).first().getString("body");
        assertThat(body).isNotBlank();

        mvc.perform(delete("/api/v1/communications/{id}", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"the submitter asked by e-mail\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.withdrawnBy").value("root"))
                .andExpect(jsonPath("$.reason").value("the submitter asked by e-mail"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/communications/{id}", id).with(analyst()))
                        .andExpect(status().isGone())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(header().string("Cache-Control", "no-store"))
                        .andExpect(jsonPath("$.withdrawnAt").value("2026-03-10T12:00:00Z"))
                        .andExpect(jsonPath("$.body").doesNotExist()));
        assertThat(total()).isEqualTo(total - 1);
        Document stored = mongo.getCollection("communications").find(new Document("_id", id)).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "withdrawn", "countedKeys");
        assertThat(stored.toJson()).doesNotContain(body);
        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(jsonPath("$.awaitingVerificationFrom[?(@.country=='WS')]").isEmpty());

        // the classified topic gets a tombstone for the id, so that compaction removes the old classification; the
        // projection passes over it (nothing dead-lettered) ...
        assertThat(lastRecord(Topics.COMMUNICATIONS_CLASSIFIED.name(), id).value()).isNull();
        // ... and until compaction the old classification is still there: replayed, it counts nothing
        report.project(aClassification().id(id).build());
        assertThat(total()).isEqualTo(total - 1);
        mvc.perform(delete("/api/v1/communications/{id}", id).with(analyst()).param("reason", "again"))
                .andExpect(status().isGone());
    }

    @Test
    void aWithdrawalNeedsAReasonInTheBodyOrTheQuery() throws Exception {
        report.project(aClassification().id(id).build());

        mvc.perform(delete("/api/v1/communications/{id}", id).with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"title":"Invalid request","status":400,"detail":"1 parameter is invalid.",
                         "errors":[{"field":"reason","message":"must be 1 to 2000 characters, not only spaces"}]}"""));
        mvc.perform(delete("/api/v1/communications/{id}", id).with(analyst()).param("reason", " "))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/communications/{id}", id).with(partner()).param("reason", "asked"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/communications/{id}", id).param("reason", "asked"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/communications/{id}", id).with(analyst()).param("reason", "asked by phone"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.withdrawnBy").value("ana"))
                .andExpect(jsonPath("$.reason").value("asked by phone"));
    }

    private ResultActions verify(org.springframework.test.web.servlet.request.RequestPostProcessor caller,
                                 String body) throws Exception {
        return mvc.perform(post("/api/v1/communications/{id}/verification", id).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long total() {
        Document total = mongo.getCollection("counters").find(new Document("_id", "total")).first();
        return total == null ? 0 : ((Number) total.get("count")).longValue();
    }

    /** The newest record for {@code key} on {@code topic}, read by a consumer of its own. */
    private ConsumerRecord<String, String> lastRecord(String topic, String key) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found[0] = record;
                    }
                });
                return found[0] != null;
            });
            return found[0];
        }
    }
}
