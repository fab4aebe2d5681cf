package dev.assay.classification.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text so that spelling variants compare equal: NFKC, lower case, diacritics removed (é→e, ё→е, Arabic
 * harakat and hamza seats), ligatures and Arabic letter variants unified, any decimal digit made ASCII, typographic
 * apostrophes and dashes made plain. The Cyrillic breve is kept so that й stays distinct from и.
 * Works one grapheme cluster at a time so that every folded character maps back to its original characters.
 */
final class TextNormalizer {

    private static final char COMBINING_BREVE = '\u0306';
    /**
     * The folding of every character of the Basic Multilingual Plane that stands alone (no combining mark after it),
     * computed once: null where a character folds to itself. Unicode normalisation per character is what a page of
     * text would otherwise spend most of its folding time on.
     */
    private static final String[] SINGLE = new String[0x10000];
    private static final int MAX_CLUSTERS = 20_000;
    private static final Map<String, String> CLUSTERS = new ConcurrentHashMap<>();

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
        int length = original.length();
        // read from an array: String.charAt checks bounds and coding at every character
        char[] chars = original.toCharArray();
        char[] folded = new char[length + 16];
        // where each folded character comes from; null while every character so far folded to exactly one, at its own
        // offset (most texts all the way), which NormalizedText then reads as the identity
        int[] starts = null;
        int[] ends = null;
        int size = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int clusterEnd = Character.isHighSurrogate(c) ? i + Character.charCount(original.codePointAt(i)) : i + 1;
            while (clusterEnd < length && isMarkAt(chars, clusterEnd)) {
                clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
            }
            boolean single = clusterEnd == i + 1;
            String piece = single ? SINGLE[c] : foldCluster(original.substring(i, clusterEnd));
            int pieceLength = piece == null ? 1 : piece.length();
            if (starts == null) {
                if (single && pieceLength == 1) {
                    folded[size++] = piece == null ? c : piece.charAt(0);
                    i = clusterEnd;
                    continue;
                }
                starts = new int[folded.length];
                ends = new int[folded.length];
                for (int k = 0; k < size; k++) {
                    starts[k] = k;
                    ends[k] = k + 1;
                }
            }
            if (size + pieceLength > folded.length) {
                int capacity = Math.max(folded.length * 2, size + pieceLength);
                folded = Arrays.copyOf(folded, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            for (int k = 0; k < pieceLength; k++) {
                folded[size] = piece == null ? c : piece.charAt(k);
                starts[size] = i;
                ends[size] = clusterEnd;
                size++;
            }
            i = clusterEnd;
        }
        return new NormalizedText(original, new String(folded, 0, size), starts, ends);
    }

    private static boolean isMarkAt(char[] chars, int at) {
        char c = chars[at];
        return Character.isSurrogate(c) ? CharacterClasses.isMark(Character.codePointAt(chars, at))
                : CharacterClasses.isMark(c);
    }

    /**
     * The folding of a letter with its marks (Arabic harakat, decomposed accents), remembered: a text with vowel marks
     * has one such cluster every few letters, and the same few recur; Unicode normalisation of each anew would cost
     * more than the rest of the folding.
     */
    private static String foldCluster(String cluster) {
        String folded = CLUSTERS.get(cluster);
        if (folded == null) {
            folded = fold(cluster);
            if (CLUSTERS.size() < MAX_CLUSTERS) {
                CLUSTERS.put(cluster, folded);
            }
        }
        return folded;
    }

    /** Folds a short string (a lexicon term) exactly as text is folded. */
    static String fold(String cluster) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(cluster, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char base = 0;
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (CharacterClasses.isMark(c)) {
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
}
