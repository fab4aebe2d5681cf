package dev.assay.classification.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The Lucene analysis chains that lexicon terms and text both go through, one per language written in words (Chinese
 * terms are found as substrings instead): UAX#29 word splitting, ICU folding (case, accents, width, compatibility
 * forms, Arabic marks and hamza seats), then the language's stemmer: Snowball for English and Russian (Russian is
 * folded after stemming, since the stemmer needs й), the light
 * stemmers for French and Spanish (inflection only, indifferent to missing accents), Arabic normalisation and light
 * stemming (article, conjunctions, common suffixes). Every word keeps its folded form, its stem and its offsets in
 * the text as sent. Words of the language's stop list are flagged, not removed, so that a phrase may skip them;
 * negation words are never stop words here. Chinese characters are left out (Chinese terms are substrings of the
 * folded text). Thread-safe: Lucene keeps one chain per thread.
 */
final class LanguageAnalyzers {

    static final List<String> WORD_LANGUAGES = List.of("ar", "en", "fr", "ru", "es");
    private static final Set<String> NEVER_STOP = Set.of("no", "not", "nor", "ne", "pas", "sans", "ni", "aucun",
            "aucune", "sin", "ningun", "ninguna", "ninguno", "не", "нет", "ни", "без", "لا", "ليس", "لم", "لن", "غير",
            "دون", "بدون", "عدم", "but", "mais", "pero", "sino", "но", "а", "لكن");

    /** Distinct words remembered per language; past this, words are analysed each time. */
    private static final int MAX_KNOWN_WORDS = 50_000;
    private static final String ARABIC_PREPOSITIONS = "\u0628\u0644\u0643\u0641";
    /** Lexicons whose look-ups a remembered word keeps (scope, themes, negation, carriers, resolution titles...). */
    private static final int MAX_LEXICONS = 12;

    private final Map<String, Chain> chains;
    private final AtomicInteger lexicons = new AtomicInteger();
    private final ArabicStemmer arabicStemmer = new ArabicStemmer();
    private final Analyzer splitter = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    LanguageAnalyzers() {
        this.chains = Map.of(
                "en", new Chain(false, stops(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), source -> new SnowballFilter(
                        new KeywordRepeatFilter(new ICUFoldingFilter(new EnglishPossessiveFilter(source))),
                        new EnglishStemmer())),
                "fr", new Chain(false, stops(FrenchAnalyzer.getDefaultStopSet()), source -> new FrenchLightStemFilter(
                        new KeywordRepeatFilter(new ICUFoldingFilter(new ElisionFilter(source,
                                FrenchAnalyzer.DEFAULT_ARTICLES))))),
                "es", new Chain(false, stops(SpanishAnalyzer.getDefaultStopSet()), source -> new SpanishLightStemFilter(
                        new KeywordRepeatFilter(new ICUFoldingFilter(source)))),
                "ru", new Chain(false, stops(RussianAnalyzer.getDefaultStopSet()), source -> new ICUFoldingFilter(
                        new SnowballFilter(new KeywordRepeatFilter(new LowerCaseFilter(source)), new RussianStemmer()))),
                "ar", new Chain(true, stops(ArabicAnalyzer.getDefaultStopSet()), source -> new ArabicStemFilter(
                        new KeywordRepeatFilter(new ArabicNormalizationFilter(new ICUFoldingFilter(source))))));
    }

    /**
     * Gives a lexicon reading words of these chains its place in each word's {@link AnalysedWord#lookups()}, or -1
     * when all places are taken (the lexicon then looks its terms up each time).
     */
    int lexiconSlot() {
        int slot = lexicons.getAndIncrement();
        return slot < MAX_LEXICONS ? slot : -1;
    }

    /** True for the languages analysed here; Chinese is not (its terms are substrings of the folded text). */
    boolean analyses(String language) {
        return chains.containsKey(language);
    }

    /**
     * The words of a text in the given language's analysis, in order. The text is split by the chain's tokenizer;
     * each distinct word then goes through the chain's filters once and is remembered, the filters reading a word
     * without its neighbours: a page of text repeats most of its words, and a language most of its pages' words.
     */
    List<AnalysedWord> words(String language, String text) {
        return words(language, split(text));
    }

    /** The words of a text already split (by {@link #split}), in the given language's analysis. */
    List<AnalysedWord> words(String language, List<TextWord> split) {
        Chain chain = chains.get(language);
        if (chain == null) {
            throw new IllegalArgumentException("no analysis for language " + language);
        }
        List<AnalysedWord> words = new ArrayList<>(split.size());
        for (TextWord word : split) {
            WordAnalysis analysis = analysis(chain, word.text());
            if (analysis != WordAnalysis.NONE) {
                words.add(new AnalysedWord(analysis.surface(), analysis.stem(), analysis.altStem(), word.start(),
                        word.end(), analysis.stop(), analysis.lookups()));
            }
        }
        return words;
    }

    /**
     * A text cut into words by the standard tokenizer, which every language's chain starts with, so that a text read
     * in several languages is cut once. Chinese characters are left out (Chinese terms are substrings of the folded
     * text): the tokenizer makes a word of each, and they are blanked before it reads the text, which it then reads
     * much faster, the cut between other words being the same (see {@link #blankHan}).
     */
    List<TextWord> split(String text) {
        List<TextWord> words = new ArrayList<>();
        try (TokenStream stream = splitter.tokenStream("text", blankHan(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (dev.assay.classification.engine.Tokenizer.isIdeograph(term.charAt(0))) {
                    continue;
                }
                words.add(new TextWord(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return words;
    }

    /**
     * The text with each Han character made a space, unless a mark or format character follows it (which the
     * tokenizer would join to it) or it is an iteration mark (々 and 〻 are letters to the tokenizer, joined to the
     * words around them). Under Unicode word boundaries any other Han character is a word by itself, cut from both
     * neighbours, as a space is not a word and is cut from both; the other words come out the same, at the same
     * offsets, and the Han words were left out anyway ({@code TextSplitTest} checks every Han character).
     */
    static String blankHan(String text) {
        char[] blanked = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CharacterClasses.is(c, CharacterClasses.SEPARATE_HAN)
                    && (i + 1 == text.length() || !CharacterClasses.is(text.charAt(i + 1), CharacterClasses.JOINS_PREVIOUS))) {
                if (blanked == null) {
                    blanked = text.toCharArray();
                }
                blanked[i] = ' ';
            }
        }
        return blanked == null ? text : new String(blanked);
    }

    /** A word of a text as the tokenizer cut it, with its offsets in the text. */
    record TextWord(String text, int start, int end) {
    }

    private WordAnalysis analysis(Chain chain, String word) {
        WordAnalysis known = chain.known.get(word);
        if (known != null) {
            return known;
        }
        WordAnalysis analysis = analyseAlone(chain, word);
        if (chain.known.size() < MAX_KNOWN_WORDS) {
            chain.known.put(word, analysis);
        }
        return analysis;
    }

    /** One word through the whole chain: its folded form (the keyword copy) and its stem. */
    private WordAnalysis analyseAlone(Chain chain, String word) {
        try (TokenStream stream = chain.analyzer.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String surface = null;
            String stem = null;
            while (stream.incrementToken()) {
                if (surface == null) {
                    surface = term.toString();
                    stem = surface;
                } else if (increment.getPositionIncrement() == 0 && !keyword.isKeyword()) {
                    stem = term.toString();
                }
            }
            stream.end();
            return surface == null ? WordAnalysis.NONE : new WordAnalysis(surface, stem,
                    chain.arabic ? withoutPreposition(stem) : null, chain.stops.contains(surface),
                    new Object[MAX_LEXICONS]);
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
    }

    /** What the chain makes of one word. */
    private record WordAnalysis(String surface, String stem, String altStem, boolean stop, Object[] lookups) {
        static final WordAnalysis NONE = new WordAnalysis("", "", null, true, null);
    }

    /** The stem of an Arabic word once a one-letter preposition the light stemmer left on is removed, or null. */
    private String withoutPreposition(String stem) {
        if (stem.length() < 5 || ARABIC_PREPOSITIONS.indexOf(stem.charAt(0)) < 0) {
            return null;
        }
        char[] rest = stem.substring(1).toCharArray();
        return new String(rest, 0, arabicStemmer.stem(rest, rest.length));
    }

    private static CharArraySet stops(CharArraySet lucene) {
        CharArraySet stops = new CharArraySet(lucene.size(), true);
        for (Object word : lucene) {
            String folded = TextNormalizer.fold(new String((char[]) word));
            if (!NEVER_STOP.contains(folded)) {
                stops.add(folded);
            }
        }
        return stops;
    }

    /** An analyser built from a filter chain over the standard tokenizer, with its language's stop words. */
    private static final class Chain {

        private final boolean arabic;
        private final CharArraySet stops;
        private final Analyzer analyzer;
        private final Map<String, WordAnalysis> known = new ConcurrentHashMap<>();

        Chain(boolean arabic, CharArraySet stops, Function<Tokenizer, TokenStream> filters) {
            this.arabic = arabic;
            this.stops = stops;
            this.analyzer = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    StandardTokenizer source = new StandardTokenizer();
                    return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(filters.apply(source)));
                }
            };
        }
    }
}
