package dev.assay.report.compilation;

import java.util.Map;

/** The names of the languages the classifier tells apart (the six UN languages), and which are written right to left. */
final class Languages {

    private static final Map<String, String> NAMES = Map.of("ar", "Arabic", "zh", "Chinese", "en", "English",
            "fr", "French", "ru", "Russian", "es", "Spanish");

    private Languages() {
    }

    static String name(String code) {
        return code == null ? "Undetermined" : NAMES.getOrDefault(code, "Undetermined");
    }

    static boolean rightToLeft(String code) {
        return "ar".equals(code);
    }
}
