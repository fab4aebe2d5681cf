package dev.assay.contracts.events;

/**
 * A stretch of a field, one or more whole paragraphs, that the classifier reads as a unit: a long communication is
 * tagged with a theme only when one of its passages carries that theme, not for a word in passing. The compilation
 * quotes it as the excerpt that carried the tag.
 *
 * @param number the passage's place in its field, counting from 1
 * @param start  character offset of its first character in the field (inclusive)
 * @param end    character offset just after its last character (exclusive)
 */
public record Passage(int number, int start, int end) {

    public Passage {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("a passage is numbered from 1 and ends after it starts: "
                    + number + " [" + start + ", " + end + ")");
        }
    }
}
