package dev.assay.report.compilation;

import java.time.Instant;
import java.util.List;

/**
 * One communication in the annex, which lists every communication received under the filters.
 *
 * @param number   its place in the annex, counting from 1, in order of receipt
 * @param themes   the theme ids it counts under (an analyst's where reviewed); empty when out of scope
 * @param campaign the id of the campaign it is a copy in; null when it is none's copy
 */
record AnnexLine(int number, String id, Instant receivedAt, String submitter, String language, String subject,
                 List<String> themes, String campaign) {
}
