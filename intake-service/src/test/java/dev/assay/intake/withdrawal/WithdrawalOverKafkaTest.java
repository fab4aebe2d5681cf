package dev.assay.intake.withdrawal;

import com.mongodb.client.gridfs.GridFSBuckets;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeOverKafka;
import dev.assay.intake.MultipartBody;
import dev.assay.intake.RunningIntake;
import dev.assay.intake.attachments.Documents;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A withdrawal published on {@code communications.withdrawn.v1}: intake deletes the communication's attachment bytes
 * and tombstones its id on the received topic, and a redelivered withdrawal does no harm.
 */
@IntakeOverKafka
class WithdrawalOverKafkaTest {

    private static final String LETTER = """
            {"submitter":{"type":"stakeholder","name":"Alex"},"subject":"Tailings","body":"Please see the letter."}""";

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MongoDatabaseFactory mongo;

    @Test
    void aWithdrawnCommunicationLosesItsAttachmentsAndGetsATombstoneAlsoWhenTheWithdrawalIsRedelivered()
            throws Exception {
        String withdrawn = submitWithTwoFiles();
        String kept = submitWithTwoFiles();
        assertThat(storedFilesOf(withdrawn)).isEqualTo(2);

        publishWithdrawal(withdrawn);

        await().atMost(Duration.ofSeconds(30)).until(() -> tombstonesOf(withdrawn) == 1);
        assertThat(storedFilesOf(withdrawn)).isZero();
        assertThat(storedFilesOf(kept)).isEqualTo(2);
        assertThat(tombstonesOf(kept)).isZero();

        publishWithdrawal(withdrawn);

        await().atMost(Duration.ofSeconds(30)).until(() -> tombstonesOf(withdrawn) == 2);
        assertThat(storedFilesOf(withdrawn)).isZero();
        assertThat(storedFilesOf(kept)).isEqualTo(2);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            assertThat(admin.listConsumerGroupOffsets("assay-intake-withdrawals").partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS)).isNotEmpty();
        }
    }

    @Test
    void aWithdrawalThatCannotBeReadGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsStillHandled() throws Exception {
        String kept = submitWithTwoFiles();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_WITHDRAWN.name(), "unreadable", "{not json")).get();
        }
        String withdrawn = submitWithTwoFiles();
        publishWithdrawal(withdrawn);

        await().atMost(Duration.ofSeconds(30)).until(() -> tombstonesOf(withdrawn) == 1);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dead-letter-reader", false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.COMMUNICATIONS_WITHDRAWN.deadLetter().name()));
            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return !dead.isEmpty();
            });
            assertThat(dead).singleElement().satisfies(letter -> {
                assertThat(letter.key()).isEqualTo("unreadable");
                assertThat(letter.value()).isEqualTo("{not json");
                assertThat(letter.headers().lastHeader("x-exception-message")).isNotNull();
                assertThat(new String(letter.headers().lastHeader("x-original-topic").value()))
                        .isEqualTo(Topics.COMMUNICATIONS_WITHDRAWN.name());
            });
        }
        assertThat(storedFilesOf(kept)).isEqualTo(2);
    }

    private String submitWithTwoFiles() throws Exception {
        HttpResponse<String> answer = intake.http().postMultipart(new MultipartBody().communication(LETTER)
                .attachment("letter.txt", Documents.utf8("Our views on tailings."))
                .attachment("annex.txt", Documents.utf8("An annex.")));
        assertThat(answer.statusCode()).isEqualTo(202);
        return json.readTree(answer.body()).get("id").asString();
    }

    private void publishWithdrawal(String id) throws Exception {
        String withdrawal = """
                {"schemaVersion":1,"communicationId":"%s","withdrawnAt":"2026-03-03T10:00:00Z",
                 "withdrawnBy":"analyst","reason":"At the submitter's request"}""".formatted(id);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_WITHDRAWN.name(), id, withdrawal)).get();
        }
    }

    private long storedFilesOf(String id) {
        return GridFSBuckets.create(mongo.getMongoDatabase(), "attachments")
                .find(new Document("metadata.communicationId", id)).into(new ArrayList<>()).size();
    }

    private long tombstonesOf(String id) {
        List<ConsumerRecord<String, String>> records = intake.topic().all();
        return records.stream().filter(r -> id.equals(r.key()) && r.value() == null).count();
    }
}
