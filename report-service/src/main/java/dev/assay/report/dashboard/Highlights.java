package dev.assay.report.dashboard;

import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.ThemeTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A field's text cut into pieces, the words that carried a theme marked, so that the page shows the evidence where it
 * stands. Offsets are the classifier's, in UTF-16 units of the field as received; overlapping marks are merged, and
 * a mark beyond the text (a field changed since) is cut to it.
 */
public final class Highlights {

    /** @param themes the themes this piece was evidence for, empty for plain text */
    public record Piece(String text, List<String> themes) {

        public boolean marked() {
            return !themes.isEmpty();
        }
    }

    private Highlights() {
    }

    /** @param field {@code subject} or {@code body}, as evidence names it */
    public static List<Piece> of(String text, String field, List<ThemeTag> tags) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, Mark> marks = new TreeMap<>();
        for (ThemeTag tag : tags) {
            for (Evidence evidence : tag.evidence()) {
                int start = Math.max(0, evidence.start());
                int end = Math.min(text.length(), evidence.end());
                if (field.equals(evidence.field()) && start < end) {
                    add(marks, start, end, tag.id().id());
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Map.Entry<Integer, Mark> entry : marks.entrySet()) {
            int start = Math.max(entry.getKey(), at);
            Mark mark = entry.getValue();
            if (start >= mark.end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), List.of()));
            }
            pieces.add(new Piece(text.substring(start, mark.end), List.copyOf(mark.themes)));
            at = mark.end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), List.of()));
        }
        return pieces;
    }

    private static void add(TreeMap<Integer, Mark> marks, int start, int end, String theme) {
        Map.Entry<Integer, Mark> before = marks.floorEntry(start);
        if (before != null && before.getValue().end > start) {
            Mark merged = before.getValue();
            merged.end = Math.max(merged.end, end);
            if (!merged.themes.contains(theme)) {
                merged.themes.add(theme);
            }
            return;
        }
        Mark mark = new Mark(end);
        mark.themes.add(theme);
        marks.put(start, mark);
    }

    private static final class Mark {
        private int end;
        private final List<String> themes = new ArrayList<>();

        Mark(int end) {
            this.end = end;
        }
    }
}
