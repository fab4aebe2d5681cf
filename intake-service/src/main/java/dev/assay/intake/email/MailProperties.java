package dev.assay.intake.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The mailbox intake polls ({@code assay.intake.mail.*}, e.g. {@code ASSAY_INTAKE_MAIL_HOST}). Nothing is polled
 * unless {@code enabled}; when it is, the address and the credentials must be there, and the folders a message is
 * filed into must differ from the one it is read from, or a message would be read again and again.
 *
 * @param enabled             poll the mailbox at all
 * @param host                IMAP server
 * @param port                IMAP port; 0 means the protocol's default (143 for imap, 993 for imaps)
 * @param protocol            {@code imap} or {@code imaps} (TLS from the first byte)
 * @param starttls            with {@code imap}: require STARTTLS before logging in
 * @param username            login, usually the mailbox address
 * @param password            from the environment ({@code ASSAY_INTAKE_MAIL_PASSWORD}), never from a file in the
 *                            repository
 * @param folder              where new communications arrive
 * @param processedFolder     where a message goes once Kafka holds its communication
 * @param rejectedFolder      where a message goes that cannot be accepted
 * @param skippedFolder       where automatic mail goes (auto-replies, bounces, list mail); may equal
 *                            {@code processed-folder}
 * @param pollInterval        pause between the end of one poll and the start of the next
 * @param maxMessagesPerPoll  messages read per poll at most, oldest first
 * @param connectionTimeout   for opening the connection
 * @param timeout             for each read and write on the connection
 * @param maxMessageSize      a larger message is rejected without being downloaded
 * @param maxAttempts         a message whose acceptance failed unexpectedly this many times is rejected, so that
 *                            it cannot stay at the head of the folder for ever
 * @param focalPoints         known senders: address or {@code *@domain} pattern to country and submitter type
 * @param focalPointsFile     a CSV file of more known senders ({@code address,country,type,organisation})
 * @param trustedAuthservId   the authserv-id with which the receiving mail server signs its
 *                            {@code Authentication-Results} headers; a focal point's message is verified only when
 *                            that server says it passed DMARC. Empty: no e-mail sender is verified
 */
@ConfigurationProperties("assay.intake.mail")
@Validated
public record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("localhost") String host,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("imaps") @NotNull Protocol protocol,
        @DefaultValue("false") boolean starttls,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("Processed") String processedFolder,
        @DefaultValue("Rejected") String rejectedFolder,
        @DefaultValue("Skipped") String skippedFolder,
        @DefaultValue("10s") @NotNull Duration pollInterval,
        @DefaultValue("50") @Min(1) @Max(1000) int maxMessagesPerPoll,
        @DefaultValue("10s") @NotNull Duration connectionTimeout,
        @DefaultValue("30s") @NotNull Duration timeout,
        @DefaultValue("75MB") @NotNull DataSize maxMessageSize,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @Valid List<FocalPoint> focalPoints,
        String focalPointsFile,
        String trustedAuthservId) {

    /** How to reach the IMAP server. */
    public enum Protocol {
        IMAP("imap", 143), IMAPS("imaps", 993);

        private final String scheme;
        private final int defaultPort;

        Protocol(String scheme, int defaultPort) {
            this.scheme = scheme;
            this.defaultPort = defaultPort;
        }

        /** The Jakarta Mail store protocol, which is also the prefix of its session properties. */
        public String scheme() {
            return scheme;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public MailProperties {
        focalPoints = focalPoints == null ? List.of() : List.copyOf(focalPoints);
    }

    /** The port to connect to, the protocol's default when none is configured. */
    public int effectivePort() {
        return port == 0 ? protocol.defaultPort() : port;
    }

    @AssertTrue(message = "host, username and password are required when assay.intake.mail.enabled is true")
    public boolean isAddressGivenWhenEnabled() {
        return !enabled || Stream.of(host, username, password).noneMatch(MailProperties::isBlank);
    }

    @AssertTrue(message = "folder, processed-folder, rejected-folder and skipped-folder must not be blank, and "
            + "none of the last three may be the folder that is polled")
    public boolean isEveryFolderOtherThanTheInbox() {
        if (Stream.of(folder, processedFolder, rejectedFolder, skippedFolder).anyMatch(MailProperties::isBlank)) {
            return false;
        }
        return Set.of(processedFolder.trim(), rejectedFolder.trim(), skippedFolder.trim()).stream()
                .noneMatch(f -> f.equalsIgnoreCase(folder.trim()));
    }

    @AssertTrue(message = "poll-interval, connection-timeout and timeout must be positive")
    public boolean isEveryDurationPositive() {
        return Stream.of(pollInterval, connectionTimeout, timeout)
                .allMatch(d -> d != null && d.compareTo(Duration.ZERO) > 0);
    }

    @AssertTrue(message = "max-message-size must be positive")
    public boolean isMaxMessageSizePositive() {
        return maxMessageSize != null && maxMessageSize.toBytes() > 0;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Hides the password from logs and actuator output. */
    @Override
    public String toString() {
        return "MailProperties[enabled=" + enabled + ", " + protocol.scheme() + "://" + username + "@" + host + ":"
                + effectivePort() + "/" + folder + ", processed=" + processedFolder + ", rejected=" + rejectedFolder
                + ", skipped=" + skippedFolder + ", every " + pollInterval + "]";
    }
}
