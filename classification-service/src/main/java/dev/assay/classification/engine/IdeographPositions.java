package dev.assay.classification.engine;

import java.util.Arrays;

/**
 * Where each character from U+2E80 on (the CJK blocks) stands in a field's folded text, found in one pass, so that
 * each lexicon looks up only the first characters of its own Chinese terms instead of reading the whole text again:
 * nine lexicons read every communication. Positions are chained per bucket of characters, in text order.
 */
final class IdeographPositions {

    /** No CJK character comes before this one. */
    static final char FIRST = 0x2E80;
    private static final int BUCKETS = 1024;

    private final String folded;
    private final int[] head = new int[BUCKETS];
    private final int[] next;

    IdeographPositions(String folded) {
        this.folded = folded;
        this.next = new int[folded.length()];
        Arrays.fill(head, -1);
        for (int i = folded.length() - 1; i >= 0; i--) {
            char c = folded.charAt(i);
            if (c >= FIRST) {
                int bucket = c & (BUCKETS - 1);
                next[i] = head[bucket];
                head[bucket] = i;
            }
        }
    }

    /** The first position of the character, or -1 when it is not in the text (or comes before U+2E80). */
    int first(char c) {
        return c < FIRST ? -1 : sameFrom(c, head[c & (BUCKETS - 1)]);
    }

    /** The next position of the character after {@code position}, one of its positions; -1 after the last. */
    int after(char c, int position) {
        return sameFrom(c, next[position]);
    }

    private int sameFrom(char c, int position) {
        int at = position;
        while (at >= 0 && folded.charAt(at) != c) {
            at = next[at];
        }
        return at;
    }
}
