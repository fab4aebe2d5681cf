package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of terms found in text in one pass: words are compared whole (so "oil" is never found in "soil" nor "gas" in
 * "Vegas"), tolerating inflection as {@link WordForm} allows, consecutive within a sentence; Chinese terms are
 * found as substrings. Terms are indexed by the first letters of their first word's stem, so a text is read once
 * whatever the size of the lexicon.
 *
 * @param <T> what a term stands for (a theme, a country code...)
 */
final class Lexicon<T> {

    static final int KEY_LENGTH = 3;
    private static final int MAX_GAP = 6;

    private final Map<String, List<CompiledTerm<T>>> byKey = new HashMap<>();
    /** Capitalised names, looked up only at words that do not start with a lower-case letter. */
    private final Map<String, List<CompiledTerm<T>>> capitalisedByKey = new HashMap<>();
    /** Chinese terms by their first character, indexed by the character itself (no boxing on the hot path). */
    private List<CompiledTerm<T>>[] ideographicByFirstChar;

    /** A term of the data files and what it stands for. */
    record Entry<T>(String term, T payload) {
    }

    private Lexicon(List<Entry<T>> entries, boolean properNames) {
        for (Entry<T> entry : entries) {
            CompiledTerm<T> term = CompiledTerm.compile(entry.term(), entry.payload(), properNames);
            if (term.isIdeographic()) {
                if (ideographicByFirstChar == null) {
                    ideographicByFirstChar = newIndex();
                }
                int first = term.ideographic().charAt(0);
                if (ideographicByFirstChar[first] == null) {
                    ideographicByFirstChar[first] = new ArrayList<>();
                }
                ideographicByFirstChar[first].add(term);
            } else {
                (term.capitalised() ? capitalisedByKey : byKey)
                        .computeIfAbsent(term.words().get(0).key(), k -> new ArrayList<>()).add(term);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<CompiledTerm<T>>[] newIndex() {
        return new List[Character.MAX_VALUE + 1];
    }

    /** Terms of common words, tolerant of inflection. */
    static <T> Lexicon<T> ofTerms(List<Entry<T>> entries) {
        return new Lexicon<>(entries, false);
    }

    /** Proper names: exact words in Latin and Arabic script, capitalisation respected. */
    static <T> Lexicon<T> ofNames(List<Entry<T>> entries) {
        return new Lexicon<>(entries, true);
    }

    /** Every occurrence of every term in the fields, overlapping ones included. */
    List<Match<T>> find(List<AnalysedField> fields) {
        List<Match<T>> matches = new ArrayList<>();
        for (AnalysedField field : fields) {
            findWords(field, matches);
            findIdeographic(field, matches);
        }
        return matches;
    }

    private void findWords(AnalysedField field, List<Match<T>> matches) {
        if (byKey.isEmpty() && capitalisedByKey.isEmpty()) {
            return;
        }
        Set<CompiledTerm<T>> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int at = 0; at < field.tokens().size(); at++) {
            if (field.ideographic() && Tokenizer.isIdeograph(field.tokens().get(at).text().charAt(0))) {
                continue;
            }
            tried.clear();
            boolean lowerCase = Character.isLowerCase(
                    field.original().charAt(field.text().originalStart(field.tokens().get(at).start())));
            for (WordForm.Variant variant : field.variants().get(at)) {
                String word = variant.text();
                for (int k = 1; k <= Math.min(KEY_LENGTH, word.length()); k++) {
                    String key = word.substring(0, k);
                    tryTerms(byKey.get(key), field, at, tried, matches);
                    if (!lowerCase) {
                        tryTerms(capitalisedByKey.get(key), field, at, tried, matches);
                    }
                }
            }
        }
    }

    private void tryTerms(List<CompiledTerm<T>> terms, AnalysedField field, int at, Set<CompiledTerm<T>> tried,
                          List<Match<T>> matches) {
        if (terms == null) {
            return;
        }
        for (CompiledTerm<T> term : terms) {
            if (tried.add(term)) {
                Match<T> match = matchAt(term, field, at);
                if (match != null) {
                    matches.add(match);
                }
            }
        }
    }

    private Match<T> matchAt(CompiledTerm<T> term, AnalysedField field, int at) {
        List<Token> tokens = field.tokens();
        int last = at + term.words().size() - 1;
        if (last >= tokens.size()) {
            return null;
        }
        int cost = 0;
        int clitics = 0;
        for (int w = 0; w < term.words().size(); w++) {
            if (w > 0 && !gapAllowed(field.folded(), tokens.get(at + w - 1), tokens.get(at + w), term.gaps().get(w - 1))) {
                return null;
            }
            TermWord.Fit fit = term.words().get(w).fit(field.variants().get(at + w));
            if (fit == null) {
                return null;
            }
            cost += fit.cost();
            clitics = w == 0 ? fit.clitics() : clitics;
        }
        int start = field.text().originalStart(tokens.get(at).start() + clitics);
        int end = field.text().originalEnd(tokens.get(last).end());
        return caseAllows(term, field, start, end) ? new Match<>(term.payload(), term.label(), field, start, end, cost) : null;
    }

    private static boolean gapAllowed(String folded, Token before, Token after, String termGap) {
        if (after.start() - before.end() > MAX_GAP) {
            return false;
        }
        for (int i = before.end(); i < after.start(); i++) {
            char c = folded.charAt(i);
            if (Tokenizer.breaksSentence(folded, i, i + 1) && termGap.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseAllows(CompiledTerm<?> term, AnalysedField field, int start, int end) {
        if (!term.capitalised() && !term.caseSensitive()) {
            return true;
        }
        String original = field.original().substring(start, end);
        if (term.caseSensitive()) {
            return original.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
        return !original.isEmpty() && Character.isUpperCase(original.codePointAt(0));
    }

    private void findIdeographic(AnalysedField field, List<Match<T>> matches) {
        if (ideographicByFirstChar == null || !field.ideographic()) {
            return;
        }
        String folded = field.folded();
        for (int at = 0; at < folded.length(); at++) {
            char c = folded.charAt(at);
            if (c < 0x2E80) {
                continue;
            }
            List<CompiledTerm<T>> candidates = ideographicByFirstChar[c];
            if (candidates == null) {
                continue;
            }
            for (CompiledTerm<T> term : candidates) {
                if (folded.startsWith(term.ideographic(), at)) {
                    matches.add(new Match<>(term.payload(), term.label(), field, field.text().originalStart(at),
                            field.text().originalEnd(at + term.ideographic().length()), 0));
                }
            }
        }
    }
}
