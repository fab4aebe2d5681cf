package dev.assay.report.compilation;

import java.time.Instant;
import java.util.List;

/**
 * One communication under a theme and region of the compilation.
 *
 * @param submitter    who sent it, as the compilation names them ({@link Submitters})
 * @param language     ISO 639-1 code of its language, {@code und} when undetermined
 * @param campaignSize the members of the campaign it stands for (copies of its letter included); 0 when none
 * @param reviewed     whether an analyst's review decided its themes
 */
record Entry(String id, Instant receivedAt, String submitter, String language, String subject,
             List<Excerpt> excerpts, long campaignSize, boolean reviewed) {
}
