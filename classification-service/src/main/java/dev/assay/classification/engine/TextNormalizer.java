package dev.assay.classification.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds text so that spelling variants compare equal: NFKC, lower case, diacritics removed (é→e, ё→е, Arabic
 * harakat and hamza seats), ligatures and Arabic letter variants unified, any decimal digit made ASCII, typographic
 * apostrophes and dashes made plain. The Cyrillic breve is kept so that й stays distinct from и.
 * Works one grapheme cluster at a time so that every folded character maps back to its original characters.
 */
final class TextNormalizer {

    private static final char COMBINING_BREVE = '\u0306';
    /** No combining mark comes before U+0300. */
    private static final int FIRST_MARK = 0x300;
    /**
     * The folding of every character of the Basic Multilingual Plane that stands alone (no combining mark after it),
     * computed once: null where a character folds to itself. Unicode normalisation per character is what a page of
     * text would otherwise spend most of its folding time on.
     */
    private static final String[] SINGLE = new String[0x10000];

    static {
        for (int c = 0; c < SINGLE.length; c++) {
            if (!Character.isSurrogate((char) c)) {
                String self = String.valueOf((char) c);
                String folded = fold(self);
                SINGLE[c] = folded.equals(self) ? null : folded;
            }
        }
    }

    private TextNormalizer() {
    }

    static NormalizedText normalize(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 16];
        int[] ends = new int[original.length() + 16];
        int i = 0;
        while (i < original.length()) {
            int clusterEnd = i + Character.charCount(original.codePointAt(i));
            while (clusterEnd < original.length() && isMark(original.codePointAt(clusterEnd))) {
                clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
            }
            boolean single = clusterEnd == i + 1;
            if (single && SINGLE[original.charAt(i)] == null) {
                if (folded.length() >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = i;
                ends[folded.length()] = clusterEnd;
                folded.append(original.charAt(i));
                i = clusterEnd;
                continue;
            }
            String piece = single ? SINGLE[original.charAt(i)] : fold(original.substring(i, clusterEnd));
            for (int k = 0; k < piece.length(); k++) {
                int at = folded.length();
                if (at >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                folded.append(piece.charAt(k));
                starts[at] = i;
                ends[at] = clusterEnd;
            }
            i = clusterEnd;
        }
        return new NormalizedText(original, folded.toString(), starts, ends);
    }

    /** Folds a short string (a lexicon term) exactly as text is folded. */
    static String fold(String cluster) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(cluster, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char base = 0;
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (isMark(c)) {
                if (c == COMBINING_BREVE && Character.UnicodeBlock.of(base) == Character.UnicodeBlock.CYRILLIC) {
                    out.append(c);
                }
                continue;
            }
            base = c;
            appendFolded(c, out);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static void appendFolded(char c, StringBuilder out) {
        switch (c) {
            case 'œ', 'Œ' -> out.append("oe");
            case 'æ', 'Æ' -> out.append("ae");
            case 'ß' -> out.append("ss");
            case 'ø', 'Ø' -> out.append('o');
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ' -> out.append('d');
            case 'ı' -> out.append('i');
            case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4' -> out.append('\'');
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
            case '\u0671' -> out.append('\u0627');          // alef wasla -> alef
            case '\u0649' -> out.append('\u064A');          // alef maqsura -> ya
            case '\u0629' -> out.append('\u0647');          // ta marbuta -> ha
            case '\u0640' -> { }                            // tatweel carries no letter
            case '\u00A0', '\u2007', '\u202F', '\u3000' -> out.append(' ');
            default -> {
                if (Character.isDigit(c) && (c < '0' || c > '9')) {
                    out.append((char) ('0' + Character.digit(c, 10)));
                } else {
                    out.append(String.valueOf(c).toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static boolean isMark(int codePoint) {
        if (codePoint < FIRST_MARK) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
