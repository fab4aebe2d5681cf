package dev.assay.classification.engine;

/** Which script each of the six languages is written in, so that a text is only analysed in languages it may be in. */
final class Scripts {

    private Scripts() {
    }

    /** True when the text has at least one letter of the script the language is written in. */
    static boolean writes(String language, String text) {
        Character.UnicodeScript wanted = scriptOf(language);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == wanted) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Character.UnicodeScript scriptOf(String language) {
        return switch (language) {
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "ru" -> Character.UnicodeScript.CYRILLIC;
            case "zh" -> Character.UnicodeScript.HAN;
            default -> Character.UnicodeScript.LATIN;
        };
    }
}
