package dev.assay.classification.engine;

/**
 * A text folded for matching (NFKC, case folded, Latin and Arabic marks removed, digits made ASCII) that remembers,
 * for every folded character, which characters of the original it came from, so that a match found in the folded
 * text can be reported at its place in the original.
 */
final class NormalizedText {

    private final String original;
    private final String text;
    /** Null when every folded character is the one character at the same offset of the original. */
    private final int[] originalStart;
    private final int[] originalEnd;

    NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    /** Offset in the original of the character that produced the folded character at {@code start}. */
    int originalStart(int start) {
        if (start >= text.length()) {
            return original.length();
        }
        return originalStart == null ? start : originalStart[start];
    }

    /** Offset in the original just after the character that produced the folded character before {@code end}. */
    int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return originalEnd == null ? end : originalEnd[end - 1];
    }
}
