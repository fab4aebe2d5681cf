package dev.assay.classification.engine;

/** Which script each of the six languages is written in, so that a text is only analysed in languages it may be in. */
final class Scripts {

    private Scripts() {
    }

    /** True when the text has at least one letter of the script the language is written in. */
    static boolean writes(String language, String text) {
        // one loop per script: a switch on the language inside the loop would compare strings at every character
        return switch (language) {
            case "ar" -> any(text, Scripts::isArabic);
            case "ru" -> any(text, c -> c >= 0x0400 && c <= 0x052F);
            case "zh" -> any(text, Tokenizer::isIdeograph);
            default -> any(text, Scripts::isLatin);
        };
    }

    private static boolean any(String text, CharTest test) {
        for (int i = 0; i < text.length(); i++) {
            if (test.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArabic(char c) {
        return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
                || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
    }

    private static boolean isLatin(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7;
    }

    @FunctionalInterface
    private interface CharTest {
        boolean test(char c);
    }
}
