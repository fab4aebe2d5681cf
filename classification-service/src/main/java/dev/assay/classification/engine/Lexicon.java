package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A set of terms found in text in one pass: words are compared whole (so "oil" is never found in "soil" nor "gas" in
 * "Vegas"), tolerating inflection as {@link WordForm} allows, consecutive within a sentence; Chinese terms are
 * found as substrings. Terms are indexed by their first word (when it matches only itself) or by the first letters of
 * its stem, so a text is read once whatever the size of the lexicon.
 *
 * @param <T> what a term stands for (a theme, a country code...)
 */
final class Lexicon<T> {

    static final int KEY_LENGTH = 3;
    private static final int MAX_GAP = 6;

    /**
     * Terms whose first word matches only itself (most proper names), by that word: one look-up per form of a text
     * word finds them.
     */
    private final Index<T> byWord = new Index<>();
    /** The other terms (inflected, prefixes), by the first letters of their first word's stem. */
    private final Index<T> byKey = new Index<>();
    /** Lengths of the keys shorter than {@link #KEY_LENGTH} (stems of one or two letters), which need own look-ups. */
    private final boolean[] shortKeys = new boolean[KEY_LENGTH];
    /** Chinese terms by their first character. */
    private final FirstCharacterIndex<T> ideographic;

    /** A term of the data files and what it stands for. */
    record Entry<T>(String term, T payload) {
    }

    private Lexicon(List<Entry<T>> entries, boolean properNames) {
        List<CompiledTerm<T>> chinese = new ArrayList<>();
        for (Entry<T> entry : entries) {
            CompiledTerm<T> term = CompiledTerm.compile(entry.term(), entry.payload(), properNames);
            if (term.isIdeographic()) {
                chinese.add(term);
            } else if (term.words().get(0).mode() == TermWord.Mode.EXACT) {
                byWord.add(term.words().get(0).text(), term);
            } else {
                String key = term.words().get(0).key();
                byKey.add(key, term);
                if (key.length() < KEY_LENGTH) {
                    shortKeys[key.length()] = true;
                }
            }
        }
        this.ideographic = chinese.isEmpty() ? null : new FirstCharacterIndex<>(chinese);
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
        if (byWord.isEmpty() && byKey.isEmpty()) {
            return;
        }
        List<CompiledTerm<T>> tried = new ArrayList<>();
        for (int at : field.wordTokens()) {
            tried.clear();
            boolean lowerCase = Character.isLowerCase(
                    field.original().charAt(field.text().originalStart(field.tokens().get(at).start())));
            // indexed loops here and below: the lists are of several classes, and their iterators would be allocated
            List<WordForm.Variant> variants = field.variants().get(at);
            for (int v = 0; v < variants.size(); v++) {
                String word = variants.get(v).text();
                // an exact first word is the whole of one form, so it is met once: no need to remember it
                if (byWord.mayHold(word)) {
                    tryTerms(byWord.terms(word, lowerCase), field, at, null, matches);
                }
                if (word.isEmpty() || !byKey.mayHoldKeysStartingWith(word.charAt(0))) {
                    continue;
                }
                for (int k = 1; k < Math.min(KEY_LENGTH, word.length() + 1); k++) {
                    if (shortKeys[k] && byKey.mayHoldKey(word, k)) {
                        tryTerms(byKey.terms(word.substring(0, k), lowerCase), field, at, tried, matches);
                    }
                }
                if (word.length() >= KEY_LENGTH && byKey.mayHoldKey(word, KEY_LENGTH)) {
                    tryTerms(byKey.terms(word.substring(0, KEY_LENGTH), lowerCase), field, at, tried, matches);
                }
            }
        }
    }

    /**
     * @param tried the terms already tried at this word (another form of it may share their key), or null when no
     *              term can be met twice
     */
    private void tryTerms(List<CompiledTerm<T>> terms, AnalysedField field, int at, List<CompiledTerm<T>> tried,
                          List<Match<T>> matches) {
        if (terms == null) {
            return;
        }
        for (int i = 0; i < terms.size(); i++) {
            CompiledTerm<T> term = terms.get(i);
            if (tried != null) {
                if (containsSame(tried, term)) {
                    continue;
                }
                tried.add(term);
            }
            Match<T> match = matchAt(term, field, at);
            if (match != null) {
                matches.add(match);
            }
        }
    }

    private static boolean containsSame(List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return true;
            }
        }
        return false;
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

    /**
     * Chinese terms at every place of the field, in text order (at one place, a term of one character first, then the
     * others in the data's order): the field's positions of each first character of the lexicon's terms are visited,
     * then the matches put in text order.
     */
    private void findIdeographic(AnalysedField field, List<Match<T>> matches) {
        if (ideographic == null || !field.ideographic()) {
            return;
        }
        String folded = field.folded();
        IdeographPositions positions = field.ideographs();
        List<Match<T>> found = new ArrayList<>();
        long[] order = new long[16];
        boolean inOrder = true;
        for (char c : ideographic.firsts()) {
            for (int at = positions.first(c); at >= 0; at = positions.after(c, at)) {
                int before = found.size();
                for (CompiledTerm<T> term : ideographic.singles(c)) {
                    addAt(term, field, at, found);
                }
                if (at + 1 < folded.length()) {
                    for (CompiledTerm<T> term : ideographic.startingWith(c, folded.charAt(at + 1))) {
                        if (folded.startsWith(term.ideographic(), at)) {
                            addAt(term, field, at, found);
                        }
                    }
                }
                if (found.size() > order.length) {
                    order = Arrays.copyOf(order, Math.max(order.length * 2, found.size()));
                }
                for (int k = before; k < found.size(); k++) {
                    order[k] = (long) at << Integer.SIZE | k;
                    inOrder &= k == 0 || order[k - 1] < order[k];
                }
            }
        }
        if (!inOrder) {
            Arrays.sort(order, 0, found.size());
        }
        for (int k = 0; k < found.size(); k++) {
            matches.add(found.get((int) order[k]));
        }
    }

    private void addAt(CompiledTerm<T> term, AnalysedField field, int at, List<Match<T>> matches) {
        matches.add(new Match<>(term.payload(), term.label(), field, field.text().originalStart(at),
                field.text().originalEnd(at + term.ideographic().length()), 0));
    }

    /**
     * Chinese terms by their first two characters: a binary search among the pairs of characters that start terms
     * (most pairs are rejected by a bit set of their hashes first), so that a common first character (矿, 金) does not
     * mean comparing every term it starts. Terms of one character are kept apart. Terms of the same text come in the
     * data's order.
     */
    private static final class FirstCharacterIndex<T> {

        private static final CompiledTerm<?>[] NONE = new CompiledTerm<?>[0];

        private final char[] firsts;
        /** A bit per character starting a term of one character. */
        private final long[] singleStarts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        /** A bit per hash of a pair of characters starting a longer term: most pairs are rejected without a search. */
        private final long[] pairHashes = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        private final int[] pairs;
        private final CompiledTerm<T>[][] byPair;
        private final char[] singleChars;
        private final CompiledTerm<T>[][] singles;

        FirstCharacterIndex(List<CompiledTerm<T>> chinese) {
            TreeMap<Integer, List<CompiledTerm<T>>> pairTerms = new TreeMap<>();
            TreeMap<Character, List<CompiledTerm<T>>> singleTerms = new TreeMap<>();
            for (CompiledTerm<T> term : chinese) {
                String text = term.ideographic();
                if (text.length() == 1) {
                    set(singleStarts, text.charAt(0));
                    singleTerms.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(term);
                } else {
                    set(pairHashes, pairHash(text.charAt(0), text.charAt(1)));
                    pairTerms.computeIfAbsent(pair(text.charAt(0), text.charAt(1)), p -> new ArrayList<>()).add(term);
                }
            }
            firsts = chinese.stream().map(term -> String.valueOf(term.ideographic().charAt(0))).distinct()
                    .collect(Collectors.joining()).toCharArray();
            pairs = pairTerms.keySet().stream().mapToInt(Integer::intValue).toArray();
            byPair = pairTerms.values().stream().map(FirstCharacterIndex::array).toArray(CompiledTerm[][]::new);
            singleChars = new char[singleTerms.size()];
            int i = 0;
            for (char c : singleTerms.keySet()) {
                singleChars[i++] = c;
            }
            singles = singleTerms.values().stream().map(FirstCharacterIndex::array).toArray(CompiledTerm[][]::new);
        }

        /** The first characters of the terms, each once. */
        char[] firsts() {
            return firsts;
        }

        /** The terms that are this one character, in the data's order. */
        CompiledTerm<T>[] singles(char c) {
            if (!isSet(singleStarts, c)) {
                return none();
            }
            int at = Arrays.binarySearch(singleChars, c);
            return at >= 0 ? singles[at] : none();
        }

        /** The longer terms starting with these two characters, in the data's order. */
        CompiledTerm<T>[] startingWith(char first, char second) {
            if (!isSet(pairHashes, pairHash(first, second))) {
                return none();
            }
            int at = Arrays.binarySearch(pairs, pair(first, second));
            return at >= 0 ? byPair[at] : none();
        }

        @SuppressWarnings("unchecked")
        private static <T> CompiledTerm<T>[] array(List<CompiledTerm<T>> terms) {
            return terms.toArray(CompiledTerm[]::new);
        }

        @SuppressWarnings("unchecked")
        private static <T> CompiledTerm<T>[] none() {
            return (CompiledTerm<T>[]) NONE;
        }

        private static int pairHash(char first, char second) {
            return (first * 31 + second) & Character.MAX_VALUE;
        }

        private static int pair(char first, char second) {
            return first << 16 | second;
        }
    }

    /**
     * Terms by a key, common words apart from capitalised names, which are looked up only at words that do not start
     * with a lower-case letter.
     */
    private static final class Index<T> {

        private final Map<String, List<CompiledTerm<T>>> common = new HashMap<>();
        private final Map<String, List<CompiledTerm<T>>> capitalised = new HashMap<>();
        /** A bit per first letter of a key. */
        private final long[] firstLetters = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        /**
         * A bit per hash of a key's first and last letters and length: most words of a text are no key, and this
         * tells so without hashing the word or searching the map.
         */
        private final long[] shapes = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

        /** A bit per hash of a key: tells most words whose first letters are no key so without cutting them. */
        private final long[] keyHashes = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

        void add(String key, CompiledTerm<T> term) {
            (term.capitalised() ? capitalised : common).computeIfAbsent(key, k -> new ArrayList<>()).add(term);
            set(firstLetters, key.charAt(0));
            set(shapes, shape(key));
            set(keyHashes, keyHash(key, key.length()));
        }

        /** False when the word's first {@code length} letters are surely not a key; true when they may be. */
        boolean mayHoldKey(String word, int length) {
            return isSet(keyHashes, keyHash(word, length));
        }

        private static int keyHash(String text, int length) {
            int hash = length;
            for (int i = 0; i < length; i++) {
                hash = hash * 31 + text.charAt(i);
            }
            return (hash ^ hash >>> 16) & Character.MAX_VALUE;
        }

        boolean mayHoldKeysStartingWith(char first) {
            return isSet(firstLetters, first);
        }

        /** False when the word is surely not a key; true when it may be. */
        boolean mayHold(String word) {
            return !word.isEmpty() && isSet(shapes, shape(word));
        }

        private static int shape(String key) {
            return (key.charAt(0) * 31 * 31 + key.charAt(key.length() - 1) * 31 + key.length()) & Character.MAX_VALUE;
        }

        boolean isEmpty() {
            return common.isEmpty() && capitalised.isEmpty();
        }

        /** The terms under the key, capitalised names only at a word that is not lower case; null when none. */
        List<CompiledTerm<T>> terms(String key, boolean lowerCase) {
            List<CompiledTerm<T>> found = common.get(key);
            List<CompiledTerm<T>> names = lowerCase ? null : capitalised.get(key);
            if (names == null) {
                return found;
            }
            if (found == null) {
                return names;
            }
            List<CompiledTerm<T>> both = new ArrayList<>(found);
            both.addAll(names);
            return both;
        }
    }

    private static void set(long[] bits, int at) {
        bits[at >>> 6] |= 1L << at;
    }

    private static boolean isSet(long[] bits, int at) {
        return (bits[at >>> 6] & (1L << at)) != 0;
    }
}
