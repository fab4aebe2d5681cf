package dev.assay.intake.submission;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.attachments.IncomingFile;

import java.util.List;
import java.util.Objects;

/**
 * A validated communication as any channel hands it over, before its files are stored and read and before it is
 * published.
 *
 * @param id                  the tracking number. The channel decides it: the web generates one (or reuses the one
 *                            remembered for an Idempotency-Key), email derives it from the Message-ID, so the same
 *                            communication arriving twice keeps the same id
 * @param channel             how it arrived
 * @param submitter           who sent it
 * @param subject             may be empty when the body or a file has content
 * @param body                may be empty when the subject or a file has content
 * @param declaredThemes      themes the submitter said they address
 * @param declaredResolutions resolution short ids the submitter said they address
 * @param files               attachments, in the order received
 * @param resendOf            for an e-mail repeating an earlier one's Message-ID and sender with other content, the
 *                            earlier one's id; else null
 */
public record Submission(String id, Channel channel, Submitter submitter, String subject, String body,
                         List<Theme> declaredThemes, List<String> declaredResolutions, List<IncomingFile> files,
                         String resendOf) {

    /** A submission that repeats no earlier one. */
    public Submission(String id, Channel channel, Submitter submitter, String subject, String body,
                      List<Theme> declaredThemes, List<String> declaredResolutions, List<IncomingFile> files) {
        this(id, channel, submitter, subject, body, declaredThemes, declaredResolutions, files, null);
    }

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submitter, "submitter");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        declaredThemes = declaredThemes == null ? List.of() : List.copyOf(declaredThemes);
        declaredResolutions = declaredResolutions == null ? List.of() : List.copyOf(declaredResolutions);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
