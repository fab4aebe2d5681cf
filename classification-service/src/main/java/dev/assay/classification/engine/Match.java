package dev.assay.classification.engine;

import dev.assay.contracts.events.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lexicon entry found in a field.
 *
 * @param term  the entry as written in the data file
 * @param start offset of the match in the field as sent (whatever matched it: folded text, analysed words, patterns)
 * @param end   offset just after the match in the field as sent
 * @param cost  how far the text's words are from the entry's (0: the very words)
 */
record Match<T>(T payload, String term, AnalysedField field, int start, int end, int cost) {

    static final Comparator<Match<?>> DOCUMENT_ORDER = (a, b) -> {
        int order = Integer.compare(a.field.order(), b.field.order());
        return order != 0 ? order : Integer.compare(a.start, b.start);
    };

    /** Longest first, then closest, then in document order; written out, as it sorts every list of matches. */
    private static final Comparator<Match<?>> STRONGEST_FIRST = (a, b) -> {
        int order = Integer.compare(b.end - b.start, a.end - a.start);
        if (order == 0) {
            order = Integer.compare(a.cost, b.cost);
        }
        return order != 0 ? order : DOCUMENT_ORDER.compare(a, b);
    };

    /** The matched words as they are written in the original text. */
    String originalText() {
        return field.original().substring(start, end);
    }

    boolean overlaps(Match<?> other) {
        return field.order() == other.field.order() && start < other.end && other.start < end;
    }

    Evidence evidence(String label) {
        return new Evidence(field.name(), label, start, end, Snippets.around(field.original(), start, end));
    }

    /**
     * Keeps, among overlapping matches, the longest (then the closest, then the first), so that "retraitement des
     * résidus miniers" is one match and not also "résidus miniers"; the result is in document order.
     */
    static <T> List<Match<T>> longestFirst(List<Match<T>> matches) {
        List<Match<T>> sorted = new ArrayList<>(matches);
        sorted.sort(STRONGEST_FIRST);
        Map<Integer, TreeMap<Integer, Match<T>>> keptByField = new HashMap<>();
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> candidate : sorted) {
            TreeMap<Integer, Match<T>> keptHere = keptByField.computeIfAbsent(candidate.field.order(), f -> new TreeMap<>());
            Map.Entry<Integer, Match<T>> before = keptHere.floorEntry(candidate.end - 1);
            if (before == null || before.getValue().end <= candidate.start) {
                keptHere.put(candidate.start, candidate);
                kept.add(candidate);
            }
        }
        kept.sort(DOCUMENT_ORDER);
        return kept;
    }
}
