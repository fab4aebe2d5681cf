package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terms of common words in the six languages, found in one pass per language over each field's analysed words:
 * a term meets a text when their words have the same stems (inflections and accents do not matter: "résidus
 * miniers" meets "résidu minier", "переработка хвостов" meets "переработке хвостов"), in order, within a sentence,
 * with at most {@value #MAX_SKIPPED} function words of the text between two of the term's ("reprocessing of the
 * tailings"). A term is only looked for in its own language's analysis. Chinese terms are found as substrings of the
 * folded text. Evidence leaves out an Arabic conjunction or preposition written onto the first word, and a French
 * elided article (l'économie).
 *
 * @param <T> what a term stands for (a theme, a scope kind...)
 */
final class StemmedLexicon<T> {

    static final int MAX_SKIPPED = 2;
    private static final int MAX_GAP = 6;
    private static final String ARABIC_CLITICS = "\u0648\u0641\u0628\u0643\u0644";
    private static final int MAX_ELIDED = 3;

    private final LanguageAnalyzers analyzers;
    private final Map<String, Map<String, List<StemmedTerm<T>>>> byLanguageAndKey = new HashMap<>();
    /** Terms whose first word is a prefix ("угольн*"), by language and the prefix's first letter. */
    private final Map<String, Map<Character, List<StemmedTerm<T>>>> prefixTermsByLanguage = new HashMap<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private final Lexicon<T> ideographic;
    /** Where this lexicon keeps what a word finds in it, in the word's remembered analysis; -1 for nowhere. */
    private final int slot;

    /** A term of the data files, its language and what it stands for. */
    record Entry<T>(String language, String term, T payload) {
    }

    StemmedLexicon(List<Entry<T>> entries, LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.slot = analyzers.lexiconSlot();
        List<Lexicon.Entry<T>> chinese = new ArrayList<>();
        for (Entry<T> entry : entries) {
            if (Tokenizer.containsIdeograph(entry.term())) {
                chinese.add(new Lexicon.Entry<>(entry.term(), entry.payload()));
                continue;
            }
            String language = analyzers.analyses(entry.language()) ? entry.language() : "en";
            StemmedTerm<T> term = StemmedTerm.compile(entry.term(), entry.payload(), language, analyzers);
            StemmedTerm.Word first = term.words().get(0);
            if (first.mode() == StemmedTerm.Mode.PREFIX) {
                prefixTermsByLanguage.computeIfAbsent(language, l -> new HashMap<>())
                        .computeIfAbsent(first.surface().charAt(0), c -> new ArrayList<>()).add(term);
            } else {
                byLanguageAndKey.computeIfAbsent(language, l -> new HashMap<>())
                        .computeIfAbsent(first.key(), k -> new ArrayList<>()).add(term);
            }
            languages.add(language);
        }
        this.ideographic = Lexicon.ofTerms(chinese);
    }

    /** Every occurrence of every term in the fields, overlapping ones included. */
    List<Match<T>> find(List<AnalysedField> fields) {
        List<Match<T>> matches = new ArrayList<>(ideographic.find(fields));
        for (AnalysedField field : fields) {
            for (String language : languages) {
                List<AnalysedWord> words = field.words(language, analyzers);
                if (!words.isEmpty()) {
                    findIn(field, language, words, matches);
                }
            }
        }
        return matches;
    }

    private void findIn(AnalysedField field, String language, List<AnalysedWord> words, List<Match<T>> matches) {
        Map<String, List<StemmedTerm<T>>> byKey = byLanguageAndKey.getOrDefault(language, Map.of());
        Map<Character, List<StemmedTerm<T>>> prefixTerms = prefixTermsByLanguage.getOrDefault(language, Map.of());
        for (int at = 0; at < words.size(); at++) {
            List<StemmedTerm<T>> candidates = candidates(words.get(at), byKey, prefixTerms);
            for (int i = 0; i < candidates.size(); i++) {
                tryTerm(candidates.get(i), field, words, at, matches);
            }
        }
    }

    /** The terms that may start at the word, remembered with the word's analysis when it has room for this lexicon. */
    @SuppressWarnings("unchecked")
    private List<StemmedTerm<T>> candidates(AnalysedWord word, Map<String, List<StemmedTerm<T>>> byKey,
                                            Map<Character, List<StemmedTerm<T>>> prefixTerms) {
        Object[] lookups = word.lookups();
        if (lookups != null && slot >= 0) {
            Object known = lookups[slot];
            if (known != null) {
                return (List<StemmedTerm<T>>) known;
            }
        }
        List<StemmedTerm<T>> candidates = new ArrayList<>();
        addAll(candidates, byKey.get(word.stem()));
        if (!word.surface().equals(word.stem())) {
            addAll(candidates, byKey.get(word.surface()));
        }
        if (word.altStem() != null) {
            addAll(candidates, byKey.get(word.altStem()));
        }
        if (!prefixTerms.isEmpty() && !word.surface().isEmpty()) {
            // a prefix word can only fit a word starting with its first letter
            addAll(candidates, prefixTerms.get(word.surface().charAt(0)));
        }
        List<StemmedTerm<T>> found = candidates.isEmpty() ? List.of() : List.copyOf(candidates);
        if (lookups != null && slot >= 0) {
            lookups[slot] = found;
        }
        return found;
    }

    private static <T> void addAll(List<StemmedTerm<T>> candidates, List<StemmedTerm<T>> terms) {
        if (terms != null) {
            candidates.addAll(terms);
        }
    }

    private void tryTerm(StemmedTerm<T> term, AnalysedField field, List<AnalysedWord> words, int at,
                         List<Match<T>> matches) {
        if (!term.words().get(0).fits(words.get(at))) {
            return;
        }
        int cost = words.get(at).surface().equals(term.words().get(0).surface()) ? 0 : 1;
        int last = at;
        for (int w = 1; w < term.words().size(); w++) {
            int next = last + 1;
            while (next < words.size() && words.get(next).stop() && next - last - 1 < MAX_SKIPPED) {
                next++;
            }
            if (next >= words.size() || !term.words().get(w).fits(words.get(next))
                    || !joined(field.original(), words, last, next, term.gaps().get(w - 1))) {
                return;
            }
            cost += words.get(next).surface().equals(term.words().get(w).surface()) ? 0 : 1;
            last = next;
        }
        int start = words.get(at).start() + cliticLength(term, words.get(at), field.original());
        matches.add(new Match<>(term.payload(), term.label(), field, start, words.get(last).end(), cost));
    }

    /** Words {@code from} and {@code to} read as one phrase: short gaps and no sentence break the term lacks. */
    private static boolean joined(String text, List<AnalysedWord> words, int from, int to, String termGap) {
        for (int k = from; k < to; k++) {
            int gapStart = words.get(k).end();
            int gapEnd = words.get(k + 1).start();
            if (gapEnd - gapStart > MAX_GAP) {
                return false;
            }
            for (int i = gapStart; i < gapEnd; i++) {
                if (Tokenizer.breaksSentence(text, i, i + 1) && termGap.indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Characters of an elided French article or pronoun (l', d', qu'), which the evidence leaves out. */
    private static int elidedLength(AnalysedWord word, String text) {
        for (int i = word.start(); i < Math.min(word.end() - 1, word.start() + MAX_ELIDED); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i + 1 - word.start();
            }
        }
        return 0;
    }

    /**
     * Letters of an Arabic conjunction or preposition written onto the text word before the term's first word
     * (و in واستخلاص), which the evidence leaves out; 0 elsewhere.
     */
    private static int cliticLength(StemmedTerm<?> term, AnalysedWord word, String text) {
        if ("fr".equals(term.language())) {
            return elidedLength(word, text);
        }
        if (!"ar".equals(term.language())) {
            return 0;
        }
        int k = word.surface().indexOf(term.words().get(0).surface());
        if (k <= 0 || k > 2) {
            return 0;
        }
        for (int i = 0; i < k; i++) {
            if (ARABIC_CLITICS.indexOf(word.surface().charAt(i)) < 0) {
                return 0;
            }
        }
        int letters = 0;
        int i = word.start();
        while (i < word.end() && letters < k) {
            if (Character.isLetter(text.charAt(i)) && text.charAt(i) != '\u0640') {
                letters++;
            }
            i++;
        }
        return i - word.start();
    }
}
