package dev.assay.intake.ack;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN language to answer in: the declared Content-Language when it is one of the six, else a guess from the
 * text: Arabic, Han or Cyrillic script when they make up most of the letters, else the most frequent common words
 * of French, Spanish or English. English when nothing points anywhere.
 */
final class AcknowledgementLanguage {

    static final Set<String> SUPPORTED = Set.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE = 5_000;
    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "fr", Set.of("le", "la", "les", "des", "du", "et", "est", "pour", "nous", "vous", "dans", "une", "sur",
                    "avec", "au", "aux", "ce", "cette", "qui", "pas", "sont", "par"),
            "es", Set.of("el", "los", "las", "del", "y", "es", "para", "con", "una", "por", "que", "se", "su", "al",
                    "como", "sobre", "nuestro", "nuestra", "está", "son"),
            "en", Set.of("the", "and", "of", "to", "is", "for", "with", "we", "this", "that", "our", "are", "on",
                    "in", "be", "by", "as", "from"));

    private AcknowledgementLanguage() {
    }

    static String of(String contentLanguage, String text) {
        if (contentLanguage != null) {
            String primary = contentLanguage.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]", 2)[0];
            if (SUPPORTED.contains(primary)) {
                return primary;
            }
        }
        return guess(text == null ? "" : text.substring(0, Math.min(text.length(), SAMPLE)));
    }

    private static String guess(String text) {
        int letters = 0;
        int arabic = 0;
        int han = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return "en";
        }
        for (Map.Entry<String, Integer> script : List.of(Map.entry("ar", arabic), Map.entry("zh", han),
                Map.entry("ru", cyrillic))) {
            if (script.getValue() * 2 > letters) {
                return script.getKey();
            }
        }
        return byCommonWords(text);
    }

    private static String byCommonWords(String text) {
        Map<String, Integer> hits = new HashMap<>(Map.of("fr", 0, "es", 0, "en", 0));
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            COMMON_WORDS.forEach((language, common) -> {
                if (common.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = "en";
        for (String language : List.of("fr", "es")) {
            if (hits.get(language) > hits.get(best)) {
                best = language;
            }
        }
        return best;
    }
}
