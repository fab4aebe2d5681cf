package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a communication (subject, body or an attachment's text) prepared once for every matcher:
 * folded, split into words, each word with the forms it may be compared under (for proper names and patterns), and,
 * on demand, its words as each language's Lucene analysis sees them (for lexicon terms). A field is analysed only in
 * the languages whose script it contains, and only once per language. Latin script is read in one language only,
 * the communication's, since English, French and Spanish words that share a stem may not share a meaning
 * (the French stem of "coopération" is the English stem of "copper"); Cyrillic and Arabic script are read as Russian
 * and Arabic whatever the communication's language.
 *
 * @param name          the evidence field name: {@code subject}, {@code body} or {@code attachment:<file name>}
 * @param order         position among the communication's fields, so that evidence reads in document order
 * @param latinLanguage the language Latin-script words are read in (en, fr or es); null to read them in all three
 * @param ideographic   the field has a Chinese (or Japanese) character, the only place Chinese terms can be
 * @param ideographs    where each CJK character of the folded text is, when the field is ideographic; null otherwise
 * @param wordTokens    indexes of the tokens that are words for the word lexicons: all but the Chinese characters
 *                      of an ideographic field, which are read as substrings
 * @param breaks        offsets in the original of the characters that end a sentence, in order
 * @param passages      the field cut into the passages a theme must be carried by
 */
record AnalysedField(String name, int order, NormalizedText text, List<Token> tokens,
                     List<List<WordForm.Variant>> variants, String latinLanguage, boolean ideographic,
                     IdeographPositions ideographs, int[] wordTokens, int[] breaks, Passages passages,
                     Analyses analysed) {

    @SuppressWarnings("unchecked")
    private static final List<WordForm.Variant>[] SINGLE_CHARACTER_VARIANTS = new List[Character.MAX_VALUE + 1];

    static AnalysedField of(String name, int order, String original) {
        return of(name, order, original, null);
    }

    /** @param language the communication's language; decides how Latin-script words are read */
    static AnalysedField of(String name, int order, String original, String language) {
        NormalizedText text = TextNormalizer.normalize(original);
        List<Token> tokens = Tokenizer.tokens(text.text());
        List<List<WordForm.Variant>> variants = new ArrayList<>(tokens.size());
        boolean ideographic = false;
        for (Token token : tokens) {
            variants.add(token.text().length() == 1 ? singleCharacterVariants(token.text())
                    : WordForm.of(token.text()).textVariants(token.text()));
            ideographic |= token.text().length() == 1 && Tokenizer.isIdeograph(token.text().charAt(0));
        }
        String latin = language == null || "und".equals(language) ? null
                : isLatinLanguage(language) ? language : "en";
        int[] breaks = sentenceBreaks(original);
        // read-only views: the lists are the field's own, and copying a Chinese page's lists costs as much as a pass
        return new AnalysedField(name, order, text, Collections.unmodifiableList(tokens),
                Collections.unmodifiableList(variants), latin, ideographic,
                ideographic ? new IdeographPositions(text.text()) : null, wordTokens(tokens, ideographic),
                breaks, Passages.of(original, breaks), new Analyses());
    }

    private static int[] wordTokens(List<Token> tokens, boolean ideographic) {
        int[] words = new int[tokens.size()];
        int count = 0;
        for (int at = 0; at < tokens.size(); at++) {
            if (!ideographic || !Tokenizer.isIdeograph(tokens.get(at).text().charAt(0))) {
                words[count++] = at;
            }
        }
        return count == words.length ? words : Arrays.copyOf(words, count);
    }

    /**
     * The forms of a one-character word (an ideograph, a digit, a letter), the same for every text: shared, since a
     * Chinese page has one such word per character.
     */
    private static List<WordForm.Variant> singleCharacterVariants(String word) {
        char c = word.charAt(0);
        List<WordForm.Variant> variants = SINGLE_CHARACTER_VARIANTS[c];
        if (variants == null) {
            variants = WordForm.of(word).textVariants(word);
            SINGLE_CHARACTER_VARIANTS[c] = variants;
        }
        return variants;
    }

    String folded() {
        return text.text();
    }

    String original() {
        return text.original();
    }

    /** en, fr or es, the languages written in Latin script; compared, not hashed (asked per lexicon and field). */
    private static boolean isLatinLanguage(String language) {
        return "en".equals(language) || "fr".equals(language) || "es".equals(language);
    }

    /** The sentence the character at {@code offset} of the original is in, counting from 0. */
    int sentenceAt(int offset) {
        int at = Arrays.binarySearch(breaks, offset);
        return at >= 0 ? at : -at - 1;
    }

    /** How many sentences the field has; an empty field has none. */
    int sentences() {
        return original().isBlank() ? 0 : breaks.length + 1;
    }

    private static int[] sentenceBreaks(String original) {
        int[] breaks = new int[16];
        int count = 0;
        // from an array: String.charAt checks bounds and coding at every character of a page
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (CharacterClasses.breaksSentence(chars[i])) {
                if (count == breaks.length) {
                    breaks = Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = i;
            }
        }
        return Arrays.copyOf(breaks, count);
    }

    /** The field's words in one language's analysis; none when the field has no letter of that language's script. */
    List<AnalysedWord> words(String language, LanguageAnalyzers analyzers) {
        if (latinLanguage != null && isLatinLanguage(language) && !latinLanguage.equals(language)) {
            return List.of();
        }
        return analysed.byLanguage.computeIfAbsent(language, l -> {
            if (!Scripts.writes(l, original())) {
                return List.of();
            }
            if (analysed.split == null) {
                analysed.split = analyzers.split(original());
            }
            return analyzers.words(l, analysed.split);
        });
    }

    /** The field's words as the analysis chains see them, made on first use: the cut once, the words per language. */
    static final class Analyses {

        private final Map<String, List<AnalysedWord>> byLanguage = new HashMap<>();
        private List<LanguageAnalyzers.TextWord> split;
    }
}
