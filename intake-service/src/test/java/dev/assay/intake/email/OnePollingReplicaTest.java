package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.assay.contracts.mongo.IndexedAccess;
import dev.assay.intake.IntakeApplication;
import dev.assay.intake.WatchedMongoAccess;
import dev.assay.intake.submission.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.assay.intake.email.TestMailbox.deliver;
import static dev.assay.intake.email.TestMailbox.letter;
import static dev.assay.intake.email.TestMailbox.messageIdsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two intake replicas (two application contexts) on one mailbox and one MongoDB: only the lease holder polls, each
 * message is handed over once, and when the holder dies without releasing the lease the other takes over once the
 * lease has run out.
 */
class OnePollingReplicaTest {

    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final String FROM = "Camille Durand <camille.durand@example.org>";

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.greenMail();

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
        mongo.shutdownNow();
    }

    @Test
    void onlyTheHolderPollsAndWhenItDiesTheOtherTakesOverWithinTheLease() {
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress mongoAddress = mongo.getLocalAddress();
        ConfigurableApplicationContext first = replica(mongoAddress);
        deliver(greenMail, letter("<one-1@mail.example.org>", FROM, "One", "First."));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(first).size() == 1);
        ConfigurableApplicationContext second = replica(mongoAddress);

        deliver(greenMail, letter("<one-2@mail.example.org>", FROM, "Two", "Second."));
        deliver(greenMail, letter("<one-3@mail.example.org>", FROM, "Three", "Third."));
        await().atMost(Duration.ofSeconds(20)).until(() -> messageIdsIn(greenMail, "Processed").size() == 3);

        assertThat(published(first)).extracting(Submission::subject).containsExactly("One", "Two", "Three");
        assertThat(published(second)).isEmpty();
        assertThat(polls(second)).as("polls by the replica without the lease").isZero();

        first.getBean(MailboxPoller.class).halt(); // as kill -9: the lease is neither renewed nor released
        long diedAt = System.nanoTime();
        deliver(greenMail, letter("<one-4@mail.example.org>", FROM, "Four", "Fourth."));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(second).size() == 1);
        Duration takeover = Duration.ofNanos(System.nanoTime() - diedAt);

        assertThat(published(second)).extracting(Submission::subject).containsExactly("Four");
        assertThat(takeover).as("not before the lease ran out, and within it and one renewal interval")
                .isGreaterThan(LEASE.dividedBy(2)).isLessThan(LEASE.plus(LEASE.dividedBy(3)).plusSeconds(3));
        assertThat(Stream.concat(published(first).stream(), published(second).stream()).map(Submission::id))
                .hasSize(4).doesNotHaveDuplicates();
        assertThat(messageIdsIn(greenMail, "Processed")).containsExactly("<one-1@mail.example.org>",
                "<one-2@mail.example.org>", "<one-3@mail.example.org>", "<one-4@mail.example.org>");
        assertThat(scansOutsideTheLease(first)).isEmpty();
        assertThat(scansOutsideTheLease(second)).isEmpty();
    }

    private ConfigurableApplicationContext replica(InetSocketAddress mongoAddress) {
        // arguments, not default properties: those would lose to application.yml
        ConfigurableApplicationContext replica = new SpringApplicationBuilder(IntakeApplication.class,
                RecordingIntakeConfiguration.class, WatchedMongoAccess.class)
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoAddress.getPort() + "/assay-intake",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort(),
                        "--spring.kafka.admin.operation-timeout=1s",
                        "--assay.intake.kafka-health.timeout=500ms",
                        // no Kafka here: the warm-up would wait max.block.ms for the producer's metadata
                        "--assay.intake.warm-up.enabled=false",
                        "--assay.intake.mail.enabled=true",
                        "--assay.intake.mail.protocol=imap",
                        "--assay.intake.mail.host=127.0.0.1",
                        "--assay.intake.mail.port=" + greenMail.getImap().getPort(),
                        "--assay.intake.mail.username=" + TestMailbox.ADDRESS,
                        "--assay.intake.mail.password=" + TestMailbox.PASSWORD,
                        "--assay.intake.mail.poll-interval=200ms",
                        "--assay.intake.mail.lease.duration=" + LEASE.toMillis() + "ms");
        replicas.add(replica);
        return replica;
    }

    private static List<Submission> published(ConfigurableApplicationContext replica) {
        return replica.getBean(RecordingIntake.class).published();
    }

    private static double polls(ConfigurableApplicationContext replica) {
        var polls = replica.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("assay.intake.email.polls").counters();
        return polls.stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    /**
     * The lease's own filters read its collection on the embedded server, which holds one document per mailbox
     * (see MailboxLease); everything else must be served by an index.
     */
    private static List<String> scansOutsideTheLease(ConfigurableApplicationContext replica) {
        return replica.getBean(IndexedAccess.class).scans().stream()
                .filter(scan -> !scan.startsWith("mailbox-lease ")).toList();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingIntakeConfiguration {
        @Bean
        @Primary
        RecordingIntake recordingIntake() {
            return new RecordingIntake();
        }
    }
}
