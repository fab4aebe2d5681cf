package dev.assay.intake;

import dev.assay.contracts.mongo.IndexedAccess;
import dev.assay.intake.attachments.Documents;
import dev.assay.intake.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every MongoDB command intake sends on its request path is one the embedded server answers from an index
 * ({@link IndexedAccess}): the API with and without Idempotency-Key, with files (GridFS), and a late Kafka answer
 * with its retries. The mailbox lease is checked in {@code OnePollingReplicaTest}.
 */
@IntakeOverLateKafka
class MongoAccessTest {

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();

    @Autowired
    private IndexedAccess indexedAccess;

    @Autowired
    private IdempotencyKeys keys;

    @BeforeEach
    void watchFromHere() {
        intake.awaitKafkaAcknowledging();
        indexedAccess.reset();
    }

    @AfterEach
    void letKafkaAnswer() {
        HeldAcknowledgements.release();
    }

    @Test
    void theRequestPathReadsAndWritesByIndexOnly() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(intake.http().postCommunication(request()).statusCode()).isEqualTo(202);
        String keyed = request();
        assertThat(intake.http().postCommunication(keyed, "Idempotency-Key", key).statusCode()).isEqualTo(202);
        assertThat(intake.http().postCommunication(keyed, "Idempotency-Key", key).statusCode()).isEqualTo(200);
        assertThat(intake.http().postCommunication(request().replace("Tailings", "Slag"), "Idempotency-Key", key)
                .statusCode()).isEqualTo(422);
        byte[] pdf = Documents.pdf("Tailings in Kenya");
        assertThat(intake.http().postMultipart(new MultipartBody().communication(request())
                .attachment("tailings.pdf", pdf)).statusCode()).isEqualTo(202);
        assertThat(intake.http().postMultipart(new MultipartBody().communication(request())
                .attachment("tailings.pdf", pdf), "Idempotency-Key", UUID.randomUUID().toString()).statusCode())
                .isEqualTo(202);

        String late = request();
        String lateKey = UUID.randomUUID().toString();
        HeldAcknowledgements.hold();
        assertThat(intake.http().postCommunication(late).statusCode()).isEqualTo(503);
        assertThat(intake.http().postCommunication(late).statusCode()).isEqualTo(503);
        assertThat(intake.http().postCommunication(late, "Idempotency-Key", lateKey).statusCode()).isEqualTo(503);
        HeldAcknowledgements.release();
        await().atMost(Duration.ofSeconds(20)).until(() -> intake.http().postCommunication(late).statusCode() == 202);
        await().atMost(Duration.ofSeconds(20)).until(
                () -> intake.http().postCommunication(late, "Idempotency-Key", lateKey).statusCode() == 202);

        // GridFS asks once per bucket whether the files collection is empty before it creates its indexes: a find {}
        // with limit 1, which reads one document, not the collection
        assertThat(indexedAccess.scans()).filteredOn(scan -> !scan.equals("attachments.files find {}")).isEmpty();
        assertThat(indexedAccess.scans()).filteredOn(scan -> scan.equals("attachments.files find {}"))
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theOnlyCommandThatReadsAWholeCollectionIsThePeriodicDeletionOfExpiredKeys() {
        keys.deleteExpired();

        // documented on IdempotencyKeys.deleteExpired: off the request path, once per cleanup-interval
        assertThat(indexedAccess.scans()).singleElement().asString()
                .startsWith("idempotency-keys delete {\"expiresAt\": {\"$lte\":");
    }

    private static String request() {
        return """
                {"submitter":{"type":"stakeholder","organisation":"Tailings Watch"},
                 "subject":"Tailings","body":"Our recommendations, %s."}""".formatted(UUID.randomUUID());
    }
}
