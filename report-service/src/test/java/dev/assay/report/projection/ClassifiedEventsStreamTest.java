package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.topics.Topics;
import dev.assay.report.ReportServiceTest;
import dev.assay.report.counters.CounterStore;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The consumer as deployed: records published to the classified topic on an in-JVM broker end up in the report. */
@ReportServiceTest
class ClassifiedEventsStreamTest {

    private static final String TOPIC = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String VERIFIED = Topics.COMMUNICATIONS_VERIFIED.name();
    private static final String WITHDRAWN = Topics.COMMUNICATIONS_WITHDRAWN.name();
    private static final byte[] GARBAGE = "{not json".getBytes(StandardCharsets.UTF_8);

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private CounterStore counters;

    @Autowired
    private JsonMapper mapper;

    @BeforeEach
    void emptyReport() {
        mongo.getCollectionNames().forEach(mongo::dropCollection);
    }

    @Test
    void countsEachCommunicationOnceAndDeadLettersWhatCannotBeRead() {
        CommunicationClassified kenya = aClassification().id("s-kenya").build();
        CommunicationClassified france = aClassification().id("s-france").from(SubmitterType.MEMBER_STATE, "FR")
                .language("fr").themes(Theme.INTERNATIONAL_COOPERATION).build();
        CommunicationClassified franceAgain = aClassification().id("s-france").from(SubmitterType.MEMBER_STATE, "FR")
                .language("fr").themes(Theme.CAPACITY_BUILDING).classifiedAt("2026-03-02T11:00:00Z").build();
        CommunicationClassified brazil = aClassification().id("s-brazil").from(SubmitterType.STAKEHOLDER, "BR")
                .language("es").channel(Channel.EMAIL).themes(Theme.BEST_PRACTICES).resolutions("4/19").build();
        ObjectNode fromTheFuture = (ObjectNode) mapper.readTree(GoldenEvents.json(GoldenEvents.CLASSIFIED_JSON));
        fromTheFuture.put("schemaVersion", 2);
        byte[] unknownVersion = mapper.writeValueAsBytes(fromTheFuture);

        try (Producer<String, byte[]> producer = producer()) {
            send(producer, "s-kenya", json(kenya));
            // a tombstone, as report-service writes for a withdrawn communication: nothing to project, no dead letter
            send(producer, "s-france", null);
            send(producer, "s-france", json(france));
            // same key as the last record, so the poison sits in its partition ahead of it
            send(producer, "s-brazil", GARBAGE);
            send(producer, "s-kenya", json(kenya));
            send(producer, GoldenEvents.classified().communicationId(), unknownVersion);
            send(producer, "s-france", json(franceAgain));
            send(producer, "s-brazil", json(brazil));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/v1/reports/summary"))
                .andExpect(content().json("""
                        {"total":3,"withoutCountry":0,
                         "dimensions":{
                           "theme":{"label":"Theme","values":{"international-cooperation":0,"resource-recovery":1,
                                                               "best-practices":1,"capacity-building":1}},
                           "resolution":{"label":"Resolution","values":{"4/19":1,"5/12":2}},
                           "unRegionalGroup":{"label":"UN regional group","values":{"AFRICAN":1,"GRULAC":1,"WEOG":1}},
                           "m49Region":{"label":"M49 region","values":{"Africa":1,"Americas":1,"Europe":1}},
                           "m49SubRegion":{"label":"M49 sub-region","values":{"Latin America and the Caribbean":1,
                                                                              "Sub-Saharan Africa":1,
                                                                              "Western Europe":1}},
                           "unepRegion":{"label":"UNEP region","values":{"AFRICA":1,"EUROPE":1,
                                                                         "LATIN_AMERICA_CARIBBEAN":1}},
                           "country":{"label":"Country","values":{"BR":1,"FR":1,"KE":1}},
                           "submitterType":{"label":"Submitter type","values":{"member-state":2,"stakeholder":1}},
                           "verification":{"label":"Verification","values":{"declared":3}},
                           "channel":{"label":"Channel","values":{"api":2,"email":1}},
                           "language":{"label":"Language","values":{"en":1,"es":1,"fr":1}},
                           "status":{"label":"Development status","values":{"developing":2}},
                           "scope":{"label":"Scope","values":{"in-scope":3}},
                           "month":{"label":"Month of receipt","values":{"2026-03":3}}},
                         "filters":{},
                         "generatedAt":"2026-03-10T12:00:00Z"}""", JsonCompareMode.STRICT)));
        // the counts are final once the counters moved; the markers go in the projection's last step, just after
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(counters.markers()).isEmpty());

        Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLetters(2);
        assertThat(deadLetters).containsOnlyKeys("s-brazil", GoldenEvents.classified().communicationId());
        ConsumerRecord<String, byte[]> garbage = deadLetters.get("s-brazil");
        assertThat(garbage.value()).isEqualTo(GARBAGE);
        assertThat(header(garbage, "x-original-topic")).isEqualTo(TOPIC);
        assertThat(header(garbage, "x-exception-message")).contains("not a valid CommunicationClassified");
        assertThat(header(garbage, "x-exception-stacktrace")).isNotBlank();
        ConsumerRecord<String, byte[]> future = deadLetters.get(GoldenEvents.classified().communicationId());
        assertThat(future.value()).isEqualTo(unknownVersion);
        assertThat(header(future, "x-exception-message")).contains("unsupported schemaVersion 2");
    }

    @Test
    void verificationsAndWithdrawalsAreProjectedFromTheirTopicsAndAnUnreadableOneGoesToItsOwnDeadLetterTopic() {
        CommunicationClassified kenya = aClassification().id("v-kenya").build();
        CommunicationClassified france = aClassification().id("v-france").from(SubmitterType.MEMBER_STATE, "FR").build();
        Instant at = Instant.parse("2026-03-05T10:00:00Z");

        try (Producer<String, byte[]> producer = producer()) {
            // the verification first: it may overtake the classification across topics, and must still count
            send(producer, VERIFIED, "v-kenya", mapper.writeValueAsBytes(new SubmitterVerified(1, "v-kenya", at,
                    "ana", "called the mission")));
            send(producer, "v-kenya", json(kenya));
            send(producer, "v-france", json(france));
            send(producer, WITHDRAWN, "v-garbage", GARBAGE);
            send(producer, WITHDRAWN, "v-france", mapper.writeValueAsBytes(new CommunicationWithdrawn(1, "v-france",
                    at, "ana", "asked by the mission")));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(mongo.getCollection("communications").find(new org.bson.Document("_id", "v-france")).first())
                    .containsKey("withdrawn");
            mvc.perform(get("/api/v1/reports/participation"))
                    .andExpect(jsonPath("$.heard").value(1))
                    .andExpect(jsonPath("$.heardFrom[0].country").value("KE"))
                    .andExpect(jsonPath("$.awaitingVerification").value(0));
            mvc.perform(get("/api/v1/reports/summary")).andExpect(jsonPath("$.total").value(1));
        });
        ConsumerRecord<String, byte[]> garbage = deadLetters(WITHDRAWN + ".dlt", 1).get("v-garbage");
        assertThat(garbage.value()).isEqualTo(GARBAGE);
        assertThat(header(garbage, "x-original-topic")).isEqualTo(WITHDRAWN);
        assertThat(header(garbage, "x-exception-message")).contains("not a valid CommunicationWithdrawn");
    }

    private byte[] json(CommunicationClassified event) {
        return mapper.writeValueAsBytes(event);
    }

    private Producer<String, byte[]> producer() {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        return new DefaultKafkaProducerFactory<>(properties, new StringSerializer(), new ByteArraySerializer())
                .createProducer();
    }

    private static void send(Producer<String, byte[]> producer, String key, byte[] value) {
        send(producer, TOPIC, key, value);
    }

    private static void send(Producer<String, byte[]> producer, String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test record", e);
        }
    }

    private Map<String, ConsumerRecord<String, byte[]>> deadLetters(int expected) {
        return deadLetters(Topics.COMMUNICATIONS_CLASSIFIED_DLT.name(), expected);
    }

    private Map<String, ConsumerRecord<String, byte[]>> deadLetters(String topic, int expected) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "dead-letter-reader-" + topic, false);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            ConsumerRecords<String, byte[]> records = KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(30),
                    expected);
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            StreamSupport.stream(records.spliterator(), false).forEach(record -> byKey.put(record.key(), record));
            assertThat(records.count()).isEqualTo(expected);
            return byKey;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
