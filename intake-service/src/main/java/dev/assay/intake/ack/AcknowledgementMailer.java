package dev.assay.intake.ack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Tells the sender of an accepted communication its tracking number, in their language. Only the caller decides
 * that a message deserves an answer (never automatic mail); this class refuses any recipient that is not one
 * syntactically valid mailbox, and builds every header through Jakarta Mail with the sender's strings reduced to
 * one line, so no CR or LF they sent can add a header. The answer is marked {@code Auto-Submitted: auto-replied}
 * (RFC 3834) and threads under the original through In-Reply-To and References. One address gets at most a few a
 * day ({@link RecipientAllowance}), so Assay cannot be made to mail a third party. Failing to send is logged and
 * counted, never retried: the communication is accepted either way.
 */
public class AcknowledgementMailer {

    static final String METER = "assay.intake.ack";
    private static final Logger log = LoggerFactory.getLogger(AcknowledgementMailer.class);
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u0085]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,250}>");
    private static final int SUBJECT_ECHO = 150;

    private final JavaMailSender sender;
    private final AckProperties properties;
    private final MeterRegistry meters;
    private final RecipientAllowance allowance;

    public AcknowledgementMailer(JavaMailSender sender, AckProperties properties, MeterRegistry meters,
                                 RecipientAllowance allowance) {
        this.sender = sender;
        this.properties = properties;
        this.meters = meters;
        this.allowance = allowance;
        counter("sent", "none");
        counter("suppressed", "recipient-daily-limit");
    }

    /** @return whether an acknowledgement was handed to the SMTP server */
    public boolean acknowledge(AcknowledgementRequest request) {
        String recipient = request.recipient() == null ? null : request.recipient().strip();
        if (!AckProperties.Recipients.isSingleMailbox(recipient)) {
            counter("suppressed", "invalid-recipient").increment();
            return false;
        }
        if (recipient.equalsIgnoreCase(properties.from())) {
            counter("suppressed", "own-address").increment();
            return false;
        }
        if (!allowanceLeft(request, recipient)) {
            return false;
        }
        try {
            sender.send(letter(request, recipient));
            counter("sent", "none").increment();
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            log.warn("Could not acknowledge communication {}: {}", request.trackingNumber(), e.toString());
            counter("failed", "smtp").increment();
            return false;
        }
    }

    /** Whether the recipient may get one more today; the log names it by a hash, never by its address. */
    private boolean allowanceLeft(AcknowledgementRequest request, String recipient) {
        try {
            if (allowance.take(recipient)) {
                return true;
            }
            log.info("Not acknowledging communication {}: recipient {} had its acknowledgements for today",
                    request.trackingNumber(), DailyRecipientAllowance.logged(recipient));
            counter("suppressed", "recipient-daily-limit").increment();
        } catch (RuntimeException unknown) {
            log.warn("Not acknowledging communication {}: the recipient's allowance could not be read: {}",
                    request.trackingNumber(), unknown.toString());
            counter("failed", "allowance-unavailable").increment();
        }
        return false;
    }

    MimeMessage letter(AcknowledgementRequest request, String recipient)
            throws MessagingException, UnsupportedEncodingException {
        String language = AcknowledgementLanguage.of(request.contentLanguage(),
                oneLine(request.originalSubject()) + "\n" + (request.text() == null ? "" : request.text()));
        ResourceBundle texts = ResourceBundle.getBundle("ack.acknowledgement", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = echo(request.originalSubject());
        String name = oneLine(request.recipientName());

        MimeMessage letter = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(letter, false, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(properties.from(), oneLine(properties.fromName()),
                StandardCharsets.UTF_8.name()));
        helper.setTo(name.isEmpty() ? new InternetAddress(recipient)
                : new InternetAddress(recipient, name, StandardCharsets.UTF_8.name()));
        helper.setSubject(oneLine(subject.isEmpty() ? text(texts, "subject.untitled", request.trackingNumber())
                : text(texts, "subject", request.trackingNumber(), subject)));
        helper.setText(body(texts, request.trackingNumber(), subject, name));
        letter.setHeader("Auto-Submitted", "auto-replied");
        letter.setHeader("X-Auto-Response-Suppress", "All");
        letter.setHeader("Content-Language", language);
        String original = request.originalMessageId() == null ? "" : request.originalMessageId().strip();
        if (MESSAGE_ID.matcher(original).matches()) {
            letter.setHeader("In-Reply-To", original);
            letter.setHeader("References", original);
        }
        return letter;
    }

    private static String body(ResourceBundle texts, String trackingNumber, String subject, String name) {
        String greeting = name.isEmpty() ? text(texts, "greeting") : text(texts, "greeting.named", name);
        String received = subject.isEmpty() ? text(texts, "received.untitled") : text(texts, "received", subject);
        return greeting + "\n\n" + received + "\n" + text(texts, "tracking", trackingNumber) + "\n\n"
                + text(texts, "keep") + "\n\n" + text(texts, "automatic") + "\n\n" + text(texts, "signature");
    }

    /** Every text goes through MessageFormat, so apostrophes are written '' in every file alike. */
    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    /** The sender's subject as echoed back: one line, not longer than a subject line should be. */
    private static String echo(String subject) {
        String line = oneLine(subject);
        return line.codePointCount(0, line.length()) <= SUBJECT_ECHO ? line
                : line.substring(0, line.offsetByCodePoints(0, SUBJECT_ECHO - 1)) + "…";
    }

    /** Control characters, including CR and LF, and Unicode line separators become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : LINE_BREAKING.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    private Counter counter(String outcome, String reason) {
        return Counter.builder(METER)
                .description("Acknowledgements of emailed communications, by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(meters);
    }
}
