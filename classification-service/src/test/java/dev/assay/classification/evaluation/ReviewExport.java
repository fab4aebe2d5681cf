package dev.assay.classification.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads report-service's review export ({@code GET /api/v1/reviews/export}, JSON Lines): one reviewed communication
 * per line with the analyst's values as its label, which the trainer learns from beside the dev sets. A review with no
 * theme says the communication is out of scope. Only the text and the label are read; the machine's tags and the
 * reviewer are not needed. A line that is not a reviewed communication stops the training with its line number, as a
 * truncated or foreign file should not quietly train a model.
 */
final class ReviewExport {

    private ReviewExport() {
    }

    /** One line of the export, as much of it as training reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String language, String subject, String body, Label label) {
    }

    /** The analyst's values. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Label(List<String> themes, List<String> resolutions, String submitterType, String country) {
    }

    static List<DevSetItem> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<DevSetItem> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank()) {
                    items.add(item(parse(json, text, file, number), file, number));
                }
            }
        }
        return items;
    }

    private static Line parse(JsonMapper json, String text, Path file, int number) {
        try {
            return json.readValue(text, Line.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static DevSetItem item(Line line, Path file, int number) {
        if (line.id() == null || line.label() == null || line.label().themes() == null
                || (line.subject() == null && line.body() == null)) {
            throw new IllegalArgumentException(file + " line " + number
                    + " is not a reviewed communication: it needs id, subject or body, and label.themes");
        }
        List<String> themes = List.copyOf(line.label().themes());
        List<String> resolutions = line.label().resolutions() == null ? List.of() : line.label().resolutions();
        return new DevSetItem("review:" + line.id(), line.language(),
                new DevSetItem.SubmitterJson(line.label().submitterType() == null ? "stakeholder"
                        : line.label().submitterType(), line.label().country()),
                line.subject() == null ? "" : line.subject(), line.body() == null ? "" : line.body(),
                new DevSetItem.Expected(themes, themes.isEmpty(), resolutions, List.of()),
                "review", null, null, null, "tuning", null);
    }
}
