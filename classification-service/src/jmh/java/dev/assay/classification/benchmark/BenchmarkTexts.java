package dev.assay.classification.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic texts of a given size in a given language: the bodies of the dev set's items in that language, one after
 * another, cut at the last space (or character, for Chinese) before the size.
 */
final class BenchmarkTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchmarkTexts() {
    }

    static String of(String language, int chars) {
        StringBuilder text = new StringBuilder();
        List<String> bodies = bodies(language);
        for (int i = 0; text.length() < chars; i++) {
            text.append(bodies.get(i % bodies.size())).append("\n\n");
        }
        String cut = text.substring(0, chars);
        int space = cut.lastIndexOf(' ');
        return space > chars * 9 / 10 ? cut.substring(0, space) : cut;
    }

    /**
     * The same text cut to at most {@code bytes} bytes of UTF-8, the unit a size in KB counts: a Chinese character
     * takes three bytes, an Arabic or Cyrillic letter two, so 20 KB of Chinese is about 6 800 characters where
     * {@link #of} would give 20 480.
     */
    static String ofUtf8Bytes(String language, int bytes) {
        String text = of(language, bytes);
        int size = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (size + width > bytes) {
                break;
            }
            size += width;
            end += Character.charCount(cp);
        }
        String cut = text.substring(0, end);
        int space = cut.lastIndexOf(' ');
        return space > end * 9 / 10 ? cut.substring(0, space) : cut;
    }

    private static List<String> bodies(String language) {
        InputStream in = BenchmarkTexts.class.getClassLoader().getResourceAsStream("devset/devset.jsonl");
        if (in == null) {
            throw new IllegalStateException("devset/devset.jsonl is not on the class path");
        }
        List<String> bodies = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode item = JSON.readTree(line);
                if (language.equals(item.path("language").asString())) {
                    bodies.add(item.path("body").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }
}
