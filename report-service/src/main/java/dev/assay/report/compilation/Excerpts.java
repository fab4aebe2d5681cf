package dev.assay.report.compilation;

import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.Passage;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.communications.CommunicationView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages of a communication that carried a theme: each passage the theme's evidence names, once, in the order of
 * the text (subject, then body, then attachments). A theme an analyst added has no evidence; then the opening of the
 * body stands in for it, and says so (passage 0). Passages are cut at {@value #MAX_LENGTH} characters.
 */
final class Excerpts {

    static final int MAX_LENGTH = 1500;
    private static final Comparator<Evidence> TEXT_ORDER = Comparator
            .comparingInt((Evidence evidence) -> fieldOrder(evidence.field()))
            .thenComparing(Evidence::field)
            .thenComparingInt(evidence -> evidence.passage().number());

    private Excerpts() {
    }

    static List<Excerpt> of(CommunicationView view, Theme theme) {
        Map<String, Evidence> passages = new LinkedHashMap<>();
        view.classification().themes().stream()
                .filter(tag -> tag.id() == theme)
                .map(ThemeTag::evidence)
                .flatMap(List::stream)
                .filter(evidence -> evidence.passage() != null)
                .sorted(TEXT_ORDER)
                .forEach(evidence -> passages.putIfAbsent(evidence.field() + "#" + evidence.passage().number(),
                        evidence));
        List<Excerpt> excerpts = new ArrayList<>();
        for (Evidence evidence : passages.values()) {
            excerpts.add(excerpt(evidence.field(), evidence.passage(), text(view, evidence.field())));
        }
        if (excerpts.isEmpty() && view.body() != null && !view.body().isBlank()) {
            excerpts.add(cut("body", 0, view.body().strip()));
        }
        return excerpts;
    }

    private static Excerpt excerpt(String field, Passage passage, String text) {
        if (text == null) {
            return new Excerpt(field, passage.number(), null, false);
        }
        int start = Math.min(passage.start(), text.length());
        int end = Math.min(Math.max(passage.end(), start), text.length());
        return cut(field, passage.number(), text.substring(start, end).strip());
    }

    private static Excerpt cut(String field, int number, String text) {
        if (text.length() <= MAX_LENGTH) {
            return new Excerpt(field, number, text, false);
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return new Excerpt(field, number, text.substring(0, end), true);
    }

    /** The field's text; null for an attachment, whose extracted text the report does not keep. */
    private static String text(CommunicationView view, String field) {
        return switch (field) {
            case "subject" -> view.subject();
            case "body" -> view.body();
            default -> null;
        };
    }

    private static int fieldOrder(String field) {
        return switch (field) {
            case "subject" -> 0;
            case "body" -> 1;
            default -> 2;
        };
    }
}
