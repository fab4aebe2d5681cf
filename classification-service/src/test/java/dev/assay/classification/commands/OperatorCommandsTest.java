package dev.assay.classification.commands;

import dev.assay.classification.ClassificationApplication;
import dev.assay.classification.ServiceTest;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.topics.DeadLetterReplay;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator commands against the in-JVM broker of the running service (the shared test context): each runs
 * in-process as the jar's main runs it, in a context of its own with the profile {@code ops}; one runs as the
 * jar's real main, in a JVM of its own.
 */
class OperatorCommandsTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String DEAD_LETTERS = Topics.COMMUNICATIONS_RECEIVED_DLT.name();
    private static final String NEXT_TAXONOMY = "--assay.classification.taxonomy.lexicon="
            + "classpath:reclassification/taxonomy-next.json";
    private static final String NO_MODEL = "--assay.classification.taxonomy.model=none";

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private JsonMapper json;

    private TestKafka kafka;

    /** A command's exit status and what it printed. */
    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void connect() {
        kafka = new TestKafka(broker.getBrokersAsString());
    }

    @Test
    void replayDeadLettersListsThemOnADryRunAndSendsThemBackOtherwise() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build())
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
        await().atMost(PATIENCE).until(() -> kafka.read(DEAD_LETTERS, id, READ_COMMITTED).size() == 1);

        Run dryRun = run("replay-dead-letters", "--dry-run");

        assertThat(dryRun.status()).isZero();
        assertThat(dryRun.out())
                .startsWith("Dry run: listing " + DEAD_LETTERS + " into " + RECEIVED + " (Kafka at " + broker.getBrokersAsString() + ")")
                .containsPattern(id + "  \\(" + DEAD_LETTERS + "-\\d@\\d+\\)  unsupported schemaVersion 2 of communication " + id)
                .containsPattern("\\n\\d+ dead letter\\(s\\) would be replayed; nothing was sent\\n$");
        assertThat(replayed(id)).isEmpty();

        Run replay = run("replay-dead-letters");

        assertThat(replay.status()).isZero();
        assertThat(replay.out()).contains(id).containsPattern("\\n\\d+ dead letter\\(s\\) replayed into " + RECEIVED + "\\n$");
        await().atMost(PATIENCE).until(() -> replayed(id).size() == 1);
        // still a version this build does not read: dead-lettered again, saying where it was replayed from
        List<ConsumerRecord<String, String>> letters = await().atMost(PATIENCE)
                .until(() -> kafka.read(DEAD_LETTERS, id, READ_COMMITTED), found -> found.size() == 2);
        assertThat(letters.get(1).headers().lastHeader(DeadLetterReplay.REPLAYED_FROM)).isNotNull();
    }

    @Test
    void reclassifyPublishesTheMatchingCommunicationsClassifiedWithThisBuildsTaxonomy() {
        String kenyan = UUID.randomUUID().toString();
        String french = UUID.randomUUID().toString();
        kafka.send(RECEIVED, kenyan, json.writeValueAsString(Communications.aCommunication().id(kenyan).build()));
        kafka.send(RECEIVED, french, json.writeValueAsString(Communications.aCommunication().id(french)
                .from(SubmitterType.MEMBER_STATE, "FR").build()));
        await().atMost(PATIENCE).until(() -> versions(kenyan).size() == 1 && versions(french).size() == 1);

        Run run = run("reclassify", "--ids=" + kenyan + "," + french, "--country=ke", NEXT_TAXONOMY, NO_MODEL);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Reclassifying country KE, 2 id(s) of " + RECEIVED + " with taxonomy 2099.1-replay-test")
                .containsPattern("\\nRead \\d+, unreadable \\d+, matched 1, published 1 to " + CLASSIFIED + "\\n")
                .endsWith("By language: {en=1}\n");
        assertThat(versions(kenyan)).containsExactly("2026.3", "2099.1-replay-test");
        assertThat(versions(french)).containsExactly("2026.3");
    }

    @Test
    void aReclassifiedEventIsTheStreamsEventButForTheTimeItWasMade() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));
        await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_COMMITTED).size() == 1);

        assertThat(run("reclassify", "--ids=" + id).status()).isZero();

        List<ConsumerRecord<String, String>> events = kafka.read(CLASSIFIED, id, READ_COMMITTED);
        assertThat(events).hasSize(2);
        assertThat(withoutTime(events.get(1).value())).isEqualTo(withoutTime(events.get(0).value()));
        assertThat(events.get(1).headers().lastHeader("contentType").value())
                .isEqualTo(events.get(0).headers().lastHeader("contentType").value());
    }

    @Test
    void aDryRunClassifiesAndCountsButPublishesNothing() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));
        await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_COMMITTED).size() == 1);

        Run run = run("reclassify", "--ids=" + id, "--dry-run");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Dry run: classifying 1 id(s) of " + RECEIVED)
                .contains("matched 1, published 0 (dry run: nothing published)").endsWith("By language: {en=1}\n");
        assertThat(kafka.read(CLASSIFIED, id, READ_COMMITTED)).hasSize(1);
    }

    @Test
    void aClassifiedEventKafkaRefusesFailsTheRunSayingHowManyWerePublishedBefore() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));
        await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_COMMITTED).size() == 1);
        kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", "65536");
        try {
            // a later version of the same communication (same key, same partition, read after the first)
            // whose classified event outgrows the limit
            kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id)
                    .body("Kenya recovers metals from mine tailings. ".repeat(2_000)).build()));

            // batches below the lowered limit, as the README asks of an operator who lowers it: above it, Kafka's
            // producer would resend a refused two-record batch unsplit until its delivery timeout
            Run run = run("reclassify", "--ids=" + id,
                    "--spring.cloud.stream.kafka.binder.configuration.batch.size=16384");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith("reclassify failed: Kafka did not take a classified event (")
                    .endsWith("); 1 event(s) were published before the run stopped\n");
        } finally {
            kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", null);
        }
    }

    @Test
    void aMistypedOptionIsRefusedWithTheUsageBeforeAnythingStarts() {
        Run run = run("reclassify", "--contry=KE");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("unknown option --contry of reclassify; it takes --since, --until, --channel, "
                + "--country, --ids, --dry-run\nusage: java -jar classification-service-<version>-exec.jar <command>");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theJarsMainRunsACommandWithTheServicesEnvironmentAndExitsWithItsStatus() throws Exception {
        ProcessBuilder jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClassificationApplication.class.getName(),
                "replay-dead-letters", "--dry-run").redirectErrorStream(true);
        jar.environment().put("KAFKA_BOOTSTRAP_SERVERS", broker.getBrokersAsString());
        Process process = jar.start();
        String output;
        try {
            process.getOutputStream().close();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("(Kafka at " + broker.getBrokersAsString() + ")")
                .containsPattern("\\d+ dead letter\\(s\\) would be replayed; nothing was sent");
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.cloud.stream.kafka.binder.brokers=" + broker.getBrokersAsString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = OperatorCommands.run(ClassificationApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<ConsumerRecord<String, String>> replayed(String id) {
        return kafka.read(RECEIVED, id, READ_COMMITTED).stream()
                .filter(record -> record.headers().lastHeader(DeadLetterReplay.REPLAYED_FROM) != null).toList();
    }

    /** The taxonomy versions of the communication's classified events, in the order they were published. */
    private List<String> versions(String id) {
        return kafka.read(CLASSIFIED, id, READ_COMMITTED).stream()
                .map(record -> json.readValue(record.value(), CommunicationClassified.class)
                        .classification().taxonomyVersion()).toList();
    }

    private ObjectNode withoutTime(String event) {
        ObjectNode tree = (ObjectNode) json.readTree(event);
        tree.remove("classifiedAt");
        return tree;
    }
}
