package dev.assay.classification.engine;

/**
 * What the classifier needs to know about a character (word character, ideograph, combining mark, sentence break,
 * letter, script), looked up in a table of the Basic Multilingual Plane computed once from {@link Character}. The JDK
 * answers script questions by a binary search over its range tables, which a page of text would otherwise pay for
 * each of its characters several times over; the table gives the same answers. Characters outside the Basic
 * Multilingual Plane are rare and asked of the JDK directly.
 */
final class CharacterClasses {

    static final int WORD = 1;
    static final int IDEOGRAPH = 1 << 1;
    static final int MARK = 1 << 2;
    static final int SENTENCE_BREAK = 1 << 3;
    static final int LETTER = 1 << 4;
    static final int HAN = 1 << 5;
    static final int ARABIC = 1 << 6;
    static final int CYRILLIC = 1 << 7;
    static final int LATIN = 1 << 8;
    /** A Han character the word tokenizer always cuts from both neighbours (not an iteration mark such as 々). */
    static final int SEPARATE_HAN = 1 << 9;
    /** Word_Break Extend, Format or ZWJ (marks, format characters): the word tokenizer joins it to what precedes. */
    static final int JOINS_PREVIOUS = 1 << 10;

    /** Line breaks are not here: text extracted from PDF attachments breaks lines inside sentences. */
    static final String SENTENCE_BREAKS = ".!?;:…。！？；：؟؛";
    /** No combining mark comes before U+0300. */
    private static final int FIRST_MARK = 0x300;

    private static final short[] TABLE = new short[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (short) classesOf(c);
        }
    }

    private CharacterClasses() {
    }

    /** The classes of a code point, as a bit set of the constants above. */
    static int of(int codePoint) {
        return codePoint <= Character.MAX_VALUE ? TABLE[codePoint] : classesOf(codePoint);
    }

    static boolean is(int codePoint, int classes) {
        return (of(codePoint) & classes) != 0;
    }

    static boolean isIdeograph(int codePoint) {
        return is(codePoint, IDEOGRAPH);
    }

    /** A letter, a digit or a non-spacing mark: what words are made of. */
    static boolean isWordChar(int codePoint) {
        return is(codePoint, WORD);
    }

    /** A non-spacing or enclosing mark, or a variation selector: part of the character before it. */
    static boolean isMark(int codePoint) {
        return is(codePoint, MARK);
    }

    /** What {@code \s} matches in a pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean breaksSentence(char c) {
        return (TABLE[c] & SENTENCE_BREAK) != 0;
    }

    /** The classes computed from the JDK's character data: the definition the table is filled from. */
    static int classesOf(int codePoint) {
        int classes = 0;
        int type = Character.getType(codePoint);
        if (Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK) {
            classes |= WORD;
        }
        if (Character.isLetter(codePoint)) {
            classes |= LETTER;
        }
        if (codePoint >= FIRST_MARK && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F)) {
            classes |= MARK;
        }
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint)) {
            classes |= JOINS_PREVIOUS;
        }
        if (codePoint <= Character.MAX_VALUE && SENTENCE_BREAKS.indexOf(codePoint) >= 0) {
            classes |= SENTENCE_BREAK;
        }
        if (Character.isValidCodePoint(codePoint)) {
            switch (Character.UnicodeScript.of(codePoint)) {
                case HAN -> classes |= IDEOGRAPH | HAN | (type != Character.MODIFIER_LETTER ? SEPARATE_HAN : 0);
                case HIRAGANA, KATAKANA -> classes |= IDEOGRAPH;
                case ARABIC -> classes |= ARABIC;
                case CYRILLIC -> classes |= CYRILLIC;
                case LATIN -> classes |= LATIN;
                default -> { }
            }
        }
        return classes;
    }
}
