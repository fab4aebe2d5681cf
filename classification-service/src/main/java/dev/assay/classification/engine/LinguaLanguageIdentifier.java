package dev.assay.classification.engine;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.assay.contracts.events.Classification;

import java.util.Locale;
import java.util.Map;

/**
 * Language identification: a {@link QuickLanguageGuess} by script and function words where it is sure, otherwise
 * Lingua, restricted to Arabic, Chinese, English, French, Russian and Spanish, in low-accuracy mode (trigram models only: fast and small, good enough from a sentence on). The detector is built
 * once with its models loaded and is shared between threads. A text with fewer letters than {@code minLetters}, or
 * whose two likeliest languages are closer than {@code minRelativeDistance}, is {@code und} with the reason.
 * Only the first {@code maxChars} characters are read: a page says as much about the language as a book; Lingua scores
 * the first paragraph or two of them.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

    private static final Map<Language, String> CODES = Map.of(Language.ARABIC, "ar", Language.CHINESE, "zh",
            Language.ENGLISH, "en", Language.FRENCH, "fr", Language.RUSSIAN, "ru", Language.SPANISH, "es");

    /**
     * Characters Lingua scores at most: a paragraph or two. Lingua's cost grows with the text (a millisecond for a
     * few pages); its answer hardly changes past a paragraph.
     */
    static final int LINGUA_CHARS = 1_000;

    private final LanguageDetector detector;
    private final int minLetters;
    private final int maxChars;

    public LinguaLanguageIdentifier(int minLetters, double minRelativeDistance, int maxChars) {
        if (minLetters < 1 || minRelativeDistance < 0 || minRelativeDistance >= 1 || maxChars < minLetters) {
            throw new IllegalArgumentException("language identification settings out of range");
        }
        this.minLetters = minLetters;
        this.maxChars = maxChars;
        this.detector = LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
                .withLowAccuracyMode()
                .withMinimumRelativeDistance(minRelativeDistance)
                .withPreloadedLanguageModels()
                .build();
    }

    @Override
    public IdentifiedLanguage identify(String text) {
        String sample = text.length() > maxChars ? text.substring(0, maxChars) : text;
        long letters = sample.codePoints().filter(Character::isLetter).limit(minLetters).count();
        if (letters < minLetters) {
            return new IdentifiedLanguage(Classification.UNDETERMINED_LANGUAGE, String.format(Locale.ROOT,
                    "text too short to identify its language: %d letters, at least %d needed", letters, minLetters));
        }
        String guessed = QuickLanguageGuess.of(sample);
        if (guessed != null) {
            return new IdentifiedLanguage(guessed, null);
        }
        Language language = detector.detectLanguageOf(linguaSample(sample));
        String code = CODES.get(language);
        return code != null ? new IdentifiedLanguage(code, null)
                : new IdentifiedLanguage(Classification.UNDETERMINED_LANGUAGE,
                "language could not be identified reliably: the likeliest languages score too close");
    }

    /**
     * The start of a long text, {@link #LINGUA_CHARS} characters: the subject and the opening of the body, which are
     * in the language the communication is written in (an attachment further on may be in another).
     */
    static String linguaSample(String text) {
        if (text.length() <= LINGUA_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(LINGUA_CHARS)) ? LINGUA_CHARS - 1 : LINGUA_CHARS;
        return text.substring(0, end);
    }
}
