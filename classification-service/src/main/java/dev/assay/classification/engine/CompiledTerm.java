package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon term ready to be matched: its words (Latin, Cyrillic and Arabic terms) or its folded characters
 * (Chinese terms, matched as substrings since Chinese has no spaces).
 *
 * @param label         the term as written in the data file, without match markers
 * @param words         the term's words; empty for a Chinese term
 * @param gaps          folded text between consecutive words; a text may only span a sentence break the term has
 * @param ideographic   the folded Chinese term, or null
 * @param caseSensitive an all-capitals name ("UK", "DRC") that matches only written in capitals
 * @param capitalised   a name written with a capital ("Chad", "Turkey") that matches only when capitalised in the text
 */
record CompiledTerm<T>(String label, T payload, List<TermWord> words, List<String> gaps, String ideographic,
                       boolean caseSensitive, boolean capitalised) {

    private static final int MAX_CASE_SENSITIVE_LETTERS = 6;

    static <T> CompiledTerm<T> compile(String raw, T payload, boolean properName) {
        String label = raw.strip().replaceAll("[*!](?=\\s|$)", "");
        if (label.isEmpty()) {
            throw new IllegalArgumentException("empty lexicon term");
        }
        boolean capitalised = properName && Character.isUpperCase(label.codePointAt(0));
        boolean caseSensitive = properName && isAllCapitals(label);
        if (Tokenizer.containsIdeograph(label)) {
            return new CompiledTerm<>(label, payload, List.of(), List.of(), TextNormalizer.fold(label), false, false);
        }
        NormalizedText folded = TextNormalizer.normalize(label);
        List<Token> tokens = Tokenizer.tokens(folded.text());
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("lexicon term without a word: " + raw);
        }
        List<Integer> prefixEnds = markerPositions(raw, '*');
        List<Integer> exactEnds = markerPositions(raw, '!');
        List<TermWord> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int endInLabel = folded.originalEnd(token.end());
            TermWord.Mode mode = prefixEnds.contains(endInLabel) ? TermWord.Mode.PREFIX
                    : exactEnds.contains(endInLabel) ? TermWord.Mode.EXACT : TermWord.Mode.INFLECTED;
            words.add(TermWord.of(token.text(), mode, properName));
            if (i > 0) {
                gaps.add(folded.text().substring(tokens.get(i - 1).end(), token.start()));
            }
        }
        return new CompiledTerm<>(label, payload, List.copyOf(words), List.copyOf(gaps), null, caseSensitive,
                capitalised);
    }

    boolean isIdeographic() {
        return ideographic != null;
    }

    /** Offsets in the label at which a word ended with the marker, once markers are removed. */
    static List<Integer> markerPositions(String raw, char marker) {
        List<Integer> positions = new ArrayList<>();
        String trimmed = raw.strip();
        int removed = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean atWordEnd = i + 1 == trimmed.length() || Character.isWhitespace(trimmed.charAt(i + 1));
            if ((c == '*' || c == '!') && atWordEnd) {
                if (c == marker) {
                    positions.add(i - removed);
                }
                removed++;
            }
        }
        return positions;
    }

    private static boolean isAllCapitals(String label) {
        long letters = label.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && letters <= MAX_CASE_SENSITIVE_LETTERS
                && label.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
