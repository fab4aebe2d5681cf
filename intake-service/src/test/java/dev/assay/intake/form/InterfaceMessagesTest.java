package dev.assay.intake.form;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language says everything English says, with the same placeholders, so no page falls back half-way. */
class InterfaceMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar", "zh", "ru"})
    void eachTranslationHasEveryMessageWithTheSamePlaceholders(String language) throws IOException {
        Map<String, String> english = load("messages.properties");
        Map<String, String> translated = load("messages_" + language + ".properties");

        assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((key, text) -> assertThat(placeholders(translated.get(key))).as(key)
                .isEqualTo(placeholders(text)));
        translated.forEach((key, text) -> assertThat(text).as(key).isNotBlank().doesNotContain("'"));
    }

    private static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InterfaceMessagesTest.class.getResourceAsStream("/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put((String) key, (String) value));
        return sorted;
    }

    private static String placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(m -> m.group()).sorted().reduce("", String::concat);
    }
}
