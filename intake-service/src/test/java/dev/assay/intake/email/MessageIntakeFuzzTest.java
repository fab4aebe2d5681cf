package dev.assay.intake.email;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.intake.IntakeProperties.MaxLength;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.submission.Submission;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes an IMAP server hands over, through the whole path a polled message takes ({@link MessageIntake#take}:
 * MIME parsing, envelope, automatic-mail check, content, cutting to intake's limits), end in an outcome the poller
 * can file: accepted with a well-formed submission, skipped or rejected with one of the fixed reasons. Never an
 * exception, and no message is lost as "unparseable" for anything but Jakarta Mail refusing the MIME itself (a
 * {@link MessagingException} or {@link IOException}); an exception of ours there means the lenient reading broke.
 * Limits are small so that cutting is reached with small inputs.
 *
 * <p>Seeds ({@code MessageIntakeFuzzTestInputs/}) are the raw messages of the email tests.
 */
class MessageIntakeFuzzTest {

    private static final MaxLength LIMITS = new MaxLength(40, 1_000, 300, 30);
    private static final String OWN_ADDRESS = "communications@assay.test";
    private static final Set<String> SKIP_REASONS = Set.of("auto-submitted", "delivery-report", "null-sender",
            "mailer-daemon", "own-address", "auto-reply", "bulk", "mailing-list", "loop", "auto-reply-subject");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{1,8}(-[a-z0-9]{1,8})*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    /** Far above what reading any message of a few kilobytes needs, far below a bomb. */
    private static final long MAX_ALLOCATED_BYTES = 256L << 20;

    private static final CommunicationIds IDS = new CommunicationIds(PollerFixture.SECRET);
    private final MailReader reader = new MailReader();
    private final AutomatedMail automated = new AutomatedMail(Set.of(OWN_ADDRESS));

    @FuzzTest
    void anyMessageIsAcceptedWellFormedOrSkippedOrRejectedWithAReason(byte[] raw) throws Exception {
        RecordingIntake intake = new RecordingIntake();
        long allocatedBefore = allocatedByThisThread();

        MailOutcome outcome = messageIntake(intake).take(raw);

        long allocated = allocatedByThisThread() - allocatedBefore;
        if (allocated >= MAX_ALLOCATED_BYTES) {
            // the first message of a kind also loads (and, when fuzzing, instruments) classes: read it again
            allocatedBefore = allocatedByThisThread();
            messageIntake(new RecordingIntake()).take(raw);
            allocated = allocatedByThisThread() - allocatedBefore;
        }
        assertThat(allocated).as("bytes allocated to read %d bytes", raw.length).isLessThan(MAX_ALLOCATED_BYTES);
        assertThat(outcome.kind()).isNotNull();
        if (outcome.mail() != null) {
            assertWellFormed(outcome.mail());
        }
        switch (outcome.kind()) {
            case ACCEPTED -> {
                assertThat(outcome.reason()).isEqualTo("none");
                assertThat(outcome.communicationId()).matches(UUID);
                Submission submission = intake.only();
                assertThat(submission.id()).isEqualTo(outcome.communicationId());
                assertWithinLimits(submission);
            }
            case SKIPPED -> {
                assertThat(outcome.reason()).isIn(SKIP_REASONS);
                assertThat(outcome.communicationId()).matches(UUID);
                assertThat(intake.published()).isEmpty();
            }
            case REJECTED -> {
                assertThat(outcome.reason()).isIn("unparseable", "empty");
                assertThat(outcome.detail()).isNotBlank();
                assertThat(intake.published()).isEmpty();
                if (outcome.reason().equals("unparseable")) {
                    assertThat(whyUnreadable(raw)).isInstanceOfAny(MessagingException.class, IOException.class);
                }
            }
            case DEFERRED -> throw new AssertionError("an intake that accepts everything was not reached: "
                    + outcome);
        }
    }

    private MessageIntake messageIntake(RecordingIntake intake) {
        return new MessageIntake(reader, automated, FocalPointRegistry.empty(), intake, LIMITS, IDS,
                new MemoryFirstMessages(), new DmarcResults("mx.assay.test"));
    }

    /** What {@link ReceivedMail} promises of every message read, accepted or not. */
    private static void assertWellFormed(ReceivedMail mail) {
        assertThat(mail.subject()).isNotNull().doesNotContainPattern(CONTROL).isEqualTo(mail.subject().strip());
        assertThat(mail.body()).isNotNull();
        assertThat(mail.files()).isNotNull().doesNotContainNull();
        if (mail.fromName() != null) {
            assertThat(mail.fromName()).isNotBlank().doesNotContainPattern(CONTROL);
        }
        if (mail.fromAddress() != null) {
            assertThat(mail.fromAddress().indexOf('@')).isPositive();
        }
        if (mail.contentLanguage() != null) {
            assertThat(mail.contentLanguage()).matches(LANGUAGE);
        }
    }

    /** What reaches intake is cut to its limits, and a file name is a bare name on one line. */
    private static void assertWithinLimits(Submission submission) {
        assertThat(codePoints(submission.subject())).isLessThanOrEqualTo(LIMITS.subject());
        assertThat(codePoints(submission.body())).isLessThanOrEqualTo(LIMITS.body());
        String name = submission.submitter().name();
        assertThat(name == null ? 0 : codePoints(name)).isLessThanOrEqualTo(LIMITS.name());
        String email = submission.submitter().email();
        assertThat(email == null ? 0 : email.length()).isLessThanOrEqualTo(254);
        List<IncomingFile> files = submission.files();
        assertThat(files.size()).isLessThanOrEqualTo(MimeContent.MAX_PARTS + 1);
        for (IncomingFile file : files) {
            assertThat(file.readAllBytes()).isNotNull();
            assertThat(file.fileName()).isNotBlank().doesNotContain("/", "\\").isNotIn(".", "..")
                    .doesNotContainPattern(CONTROL);
            assertThat(codePoints(file.fileName())).isLessThanOrEqualTo(255);
        }
    }

    /** The exception that made the message unreadable, from the same steps {@link MessageIntake#take} runs. */
    private Throwable whyUnreadable(byte[] raw) {
        try {
            MimeMessage message = reader.parse(raw);
            ReceivedMail envelope = reader.envelope(message);
            IDS.of(envelope.messageId(), envelope.fromAddress(), "", raw);
            automated.reasonToSkip(message, envelope);
            reader.read(message);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
