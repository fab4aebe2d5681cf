package dev.assay.contracts.events;

import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A communication was accepted by intake and durably stored in Kafka.
 * Published on {@code communications.received.v1}, keyed by {@link #id()}.
 *
 * @param schemaVersion      version of this record's shape; consumers reject versions they do not know
 * @param id                 the tracking number; the same communication arriving twice keeps the same id
 * @param receivedAt         when intake accepted it
 * @param channel            how it arrived
 * @param submitter          who sent it
 * @param subject            subject line or title; may be empty when the body is not
 * @param body               the text of the communication; may be empty when the subject is not
 * @param declaredThemes     themes the submitter said they address (optional, may be empty)
 * @param declaredResolutions resolutions the submitter said they address, as short ids such as {@code 5/12}
 * @param attachments        files that came with it
 * @param resendOf           for an e-mail that repeats an earlier one's Message-ID and sender with different content,
 *                           the earlier communication's id (a possible resend; both are kept); otherwise null
 */
public record CommunicationReceived(int schemaVersion, String id, Instant receivedAt, Channel channel,
                                    Submitter submitter, String subject, String body,
                                    List<Theme> declaredThemes, List<String> declaredResolutions,
                                    List<Attachment> attachments, String resendOf) {

    public static final int SCHEMA_VERSION = 1;

    public CommunicationReceived {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submitter, "submitter");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        declaredThemes = declaredThemes == null ? List.of() : List.copyOf(declaredThemes);
        declaredResolutions = declaredResolutions == null ? List.of() : List.copyOf(declaredResolutions);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A communication that is not a possible resend of another. */
    public CommunicationReceived(int schemaVersion, String id, Instant receivedAt, Channel channel,
                                 Submitter submitter, String subject, String body,
                                 List<Theme> declaredThemes, List<String> declaredResolutions,
                                 List<Attachment> attachments) {
        this(schemaVersion, id, receivedAt, channel, submitter, subject, body, declaredThemes, declaredResolutions,
                attachments, null);
    }

    /** The same communication with its submitter's verification changed. */
    public CommunicationReceived withSubmitter(Submitter newSubmitter) {
        return new CommunicationReceived(schemaVersion, id, receivedAt, channel, newSubmitter, subject, body,
                declaredThemes, declaredResolutions, attachments, resendOf);
    }
}
