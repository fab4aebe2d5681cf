package dev.assay.report.compilation;

/**
 * A passage of a communication quoted because it carried a theme.
 *
 * @param where   {@code subject}, {@code body} or {@code attachment:<file name>}
 * @param passage the passage's number in its field, counting from 1; 0 for the opening of a text no passage was marked
 *                in (a theme an analyst added)
 * @param text    the passage as received; null for an attachment, whose text is not kept
 * @param cut     whether the passage is longer and {@code text} ends where it was cut
 */
record Excerpt(String where, int passage, String text, boolean cut) {
}
