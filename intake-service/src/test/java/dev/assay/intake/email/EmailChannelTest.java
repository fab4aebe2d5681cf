package dev.assay.intake.email;

import dev.assay.contracts.fixtures.EmbeddedMongoConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.intake.submission.Submission;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;

import static dev.assay.intake.email.TestMailbox.deliver;
import static dev.assay.intake.email.TestMailbox.letter;
import static dev.assay.intake.email.TestMailbox.messageIdsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as configured in application.yml plus the email settings an operator would give: the scheduled
 * poller reads the mailbox, matches the focal point, hands the message over, files it and acknowledges it.
 * Intake itself is a recording stand-in, so this needs no Kafka.
 */
@SpringBootTest(properties = {
        "assay.intake.mail.enabled=true",
        "assay.intake.mail.protocol=imap",
        "assay.intake.mail.host=127.0.0.1",
        "assay.intake.mail.username=" + TestMailbox.ADDRESS,
        "assay.intake.mail.password=" + TestMailbox.PASSWORD,
        "assay.intake.mail.poll-interval=200ms",
        "assay.intake.mail.focal-points[0].address=*@environment.go.ke",
        "assay.intake.mail.focal-points[0].country=KE",
        "assay.intake.mail.focal-points[0].organisation=Ministry of Environment",
        "assay.intake.ack.enabled=true",
        "assay.intake.ack.from=" + TestMailbox.ADDRESS,
        "spring.mail.host=127.0.0.1",
        "spring.kafka.admin.operation-timeout=1s",
        "spring.kafka.admin.properties.request.timeout.ms=1000",
        "spring.kafka.admin.properties.default.api.timeout.ms=1000",
        // no Kafka here: the warm-up would wait max.block.ms for the producer's metadata
        "assay.intake.warm-up.enabled=false"})
@DirtiesContext
@Import(EmbeddedMongoConfiguration.class) // the mailbox lease lives in intake's MongoDB
class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.sharedGreenMail();

    @Autowired
    private RecordingIntake intake;

    @Autowired
    private MeterRegistry meters;

    @TestConfiguration
    static class RecordingIntakeConfiguration {
        @Bean
        @Primary
        RecordingIntake recordingIntake() {
            return new RecordingIntake();
        }
    }

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        registry.add("assay.intake.mail.port", () -> greenMail.getImap().getPort());
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort());
    }

    @Test
    void aFocalPointsMessageIsPolledAcceptedFiledAndAcknowledgedWithoutAnyoneAsking() throws Exception {
        deliver(greenMail, letter("<ke-1@environment.go.ke>", "Jane Wanjiru <j.wanjiru@environment.go.ke>",
                "Contribution of Kenya", "We send the contribution of Kenya on the recovery of metals."));

        Submission published = await().atMost(Duration.ofSeconds(10))
                .until(() -> intake.published().stream().filter(s -> s.subject().equals("Contribution of Kenya"))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();

        assertThat(published.channel()).isEqualTo(Channel.EMAIL);
        assertThat(published.submitter()).isEqualTo(new Submitter(SubmitterType.FOCAL_POINT, "KE",
                "Ministry of Environment", "Jane Wanjiru", "j.wanjiru@environment.go.ke"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ackTo("j.wanjiru@environment.go.ke") != null);
        MimeMessage ack = ackTo("j.wanjiru@environment.go.ke");
        assertThat(ack.getSubject()).isEqualTo("Communication received, tracking number " + published.id()
                + ": Contribution of Kenya");
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(messageIdsIn(greenMail, "Processed")).contains("<ke-1@environment.go.ke>");
        assertThat(meters.get(EmailMetrics.MESSAGES).tag("outcome", "accepted").tag("reason", "none").counter()
                .count()).isGreaterThanOrEqualTo(1);
    }

    private static MimeMessage ackTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getHeader("Auto-Submitted") != null
                                && Arrays.toString(m.getAllRecipients()).contains(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst().orElse(null);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
