package dev.assay.classification.engine;

/**
 * Cuts the excerpt shown with a piece of evidence: about 60 characters centred on the match, cut at word boundaries
 * where there are any, whitespace collapsed, with an ellipsis where the text goes on.
 */
final class Snippets {

    static final int WIDTH = 60;
    private static final int MIN_CONTEXT = 12;
    private static final int WORD_SEARCH = 15;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    static String around(String text, int start, int end) {
        int context = Math.max(MIN_CONTEXT, (WIDTH - (end - start)) / 2);
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        if (from > 0) {
            from = wordStartAfter(text, from, start);
        }
        if (to < text.length()) {
            to = wordEndBefore(text, to, end);
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String excerpt = collapseSpaces(text, from, to).strip();
        return (from > 0 ? ELLIPSIS : "") + excerpt + (to < text.length() ? ELLIPSIS : "");
    }

    /**
     * The text between the offsets with each run of spaces, tabs and line breaks ({@code \s} in a pattern) made one
     * space; by hand, since a pattern would be compiled anew for each piece of evidence.
     */
    private static String collapseSpaces(String text, int from, int to) {
        if (!needsCollapsing(text, from, to)) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean space = CharacterClasses.isPatternSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /** True when the text between the offsets has a tab, a line break or two spaces in a row. */
    private static boolean needsCollapsing(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && CharacterClasses.isPatternSpace(c) || c == ' ' && i + 1 < to && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Moves a cut that falls inside a word to the start of the next word, unless no space is near (Chinese). */
    private static int wordStartAfter(String text, int from, int limit) {
        if (Character.isWhitespace(text.charAt(from - 1))) {
            return from;
        }
        for (int i = from; i < Math.min(limit, from + WORD_SEARCH); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private static int wordEndBefore(String text, int to, int limit) {
        if (Character.isWhitespace(text.charAt(to))) {
            return to;
        }
        for (int i = to; i > Math.max(limit, to - WORD_SEARCH); i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return to;
    }
}
