package dev.assay.classification.engine;

import dev.assay.contracts.events.Passage;

import java.util.Arrays;

/**
 * A field cut into passages, the units a theme must be carried by: whole paragraphs, joined until a passage is about
 * {@value #TARGET} characters long, so that a ministry's preamble, its paragraph on tailings and its closing courtesies
 * are read apart; a paragraph longer than {@value #LONGEST} characters is cut at sentence ends. An ideograph counts as
 * {@value #IDEOGRAPH_WEIGHT} characters, as a Chinese sentence says in a third of the characters what a French one
 * says. A short field is one passage. The last passage takes in a remainder shorter than half the target, which is
 * a closing line rather than a passage.
 *
 * @param starts offset in the original of each passage's first character, in order, the first 0
 * @param length the field's length, where the last passage ends
 */
record Passages(int[] starts, int length) {

    static final int TARGET = 700;
    static final int LONGEST = 1_400;
    static final int IDEOGRAPH_WEIGHT = 3;

    static Passages of(String original, int[] sentenceBreaks) {
        int[] starts = new int[8];
        int count = 1;
        int weight = 0;
        int sentence = 0;
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            weight += Tokenizer.isIdeograph(c) ? IDEOGRAPH_WEIGHT : 1;
            while (sentence < sentenceBreaks.length && sentenceBreaks[sentence] < i) {
                sentence++;
            }
            boolean paragraphEnds = c == '\n' && weight >= TARGET && i + 1 < chars.length;
            boolean sentenceEndsTooLate = weight >= LONGEST && sentence < sentenceBreaks.length
                    && sentenceBreaks[sentence] == i && i + 1 < chars.length;
            if (paragraphEnds || sentenceEndsTooLate) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
                weight = 0;
            }
        }
        if (count > 1 && weight < TARGET / 2) {
            count--;
        }
        return new Passages(Arrays.copyOf(starts, count), chars.length);
    }

    int count() {
        return starts.length;
    }

    /** The passage the character at {@code offset} is in, counting from 0. */
    int indexAt(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** The passage at {@code index}, as evidence names it (numbered from 1). */
    Passage passage(int index) {
        return new Passage(index + 1, starts[index], index + 1 < starts.length ? starts[index + 1] : length);
    }
}
