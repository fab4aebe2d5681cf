package dev.assay.intake.web;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.submission.Submission;

import java.util.List;

/** A request that passed validation, with its text cleaned and its identifiers resolved. */
public record ValidCommunication(Submitter submitter, String subject, String body,
                                 List<Theme> themes, List<String> resolutions) {

    /** The submission to hand to intake under the tracking number {@code id}. */
    public Submission submission(String id, Channel channel, List<IncomingFile> files) {
        return new Submission(id, channel, submitter, subject, body, themes, resolutions, files);
    }
}
