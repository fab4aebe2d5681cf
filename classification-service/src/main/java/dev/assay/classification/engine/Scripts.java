package dev.assay.classification.engine;

/** Which script each of the six languages is written in, so that a text is only analysed in languages it may be in. */
final class Scripts {

    private Scripts() {
    }

    /** True when the text has at least one letter of the script the language is written in. */
    static boolean writes(String language, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean found = switch (language) {
                case "ar" -> c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
                        || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
                case "ru" -> c >= 0x0400 && c <= 0x052F;
                case "zh" -> Tokenizer.isIdeograph(c);
                default -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0x00C0 && c <= 0x024F && c != 0x00D7
                        && c != 0x00F7;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
