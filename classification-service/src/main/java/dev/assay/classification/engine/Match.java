package dev.assay.classification.engine;

import dev.assay.contracts.events.Evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
     * Whether the match overlaps one of {@code others}, which are in document order and do not overlap one another
     * (as {@link Match#longestFirst} leaves them): then only the last of them that starts before the match ends can
     * overlap it, and a binary search finds it. A long text cites resolutions dozens of times and has a thousand theme
     * matches, which a scan of every pair made 8 % of a Chinese page's time; a page names metals hundreds of
     * times, and fuels.
     */
    static boolean overlapsAnyInOrder(Match<?> match, List<? extends Match<?>> others) {
        int last = lastBefore(others, match.field().order(), match.end(), false);
        return last >= 0 && match.overlaps(others.get(last));
    }

    /**
     * The index of the last of {@code ordered} (in document order, not overlapping, as {@link #longestFirst} leaves
     * them, so their ends are in order too) in an earlier field, or in the field {@code order} and ending at or before
     * {@code offset} ({@code byEnd}) or starting before it; -1 if none.
     */
    static int lastBefore(List<? extends Match<?>> ordered, int order, int offset, boolean byEnd) {
        int low = 0;
        int high = ordered.size() - 1;
        int last = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Match<?> candidate = ordered.get(middle);
            int field = Integer.compare(candidate.field().order(), order);
            if (field < 0 || field == 0 && (byEnd ? candidate.end() <= offset : candidate.start() < offset)) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return last;
    }

    /**
     * Keeps, among overlapping matches, the longest (then the closest, then the first), so that "retraitement des
     * résidus miniers" is one match and not also "résidus miniers"; the result is in document order.
     * <p>
     * Every lexicon's matches pass through here, a few hundred per page, so the usual case sorts packed primitive keys
     * and marks the characters already taken in a bit set per field, instead of sorting records through comparators
     * and keeping a tree of intervals (boxed keys, an entry per match): the same choice, and half the share of a
     * classification's CPU samples (10 % before). Matches too long, too far into a field or too many for the
     * packing, and empty ones, take the general way.
     */
    static <T> List<Match<T>> longestFirst(List<Match<T>> matches) {
        int n = matches.size();
        if (n <= 1) {
            return new ArrayList<>(matches);
        }
        long[] strongest = new long[n];
        for (int i = 0; i < n; i++) {
            long key = Packed.strength(matches.get(i));
            if (key < 0 || i > Packed.MAX_INDEX) {
                return longestFirstInGeneral(matches);
            }
            strongest[i] = key << Packed.INDEX_BITS | i;
        }
        Arrays.sort(strongest);
        Map<Integer, BitSet> takenByField = new HashMap<>();
        long[] kept = new long[n];
        int keptCount = 0;
        for (long key : strongest) {
            int i = (int) (key & Packed.MAX_INDEX);
            Match<T> candidate = matches.get(i);
            BitSet taken = takenByField.computeIfAbsent(candidate.field.order(),
                    f -> new BitSet(candidate.field.original().length()));
            int takenAt = taken.nextSetBit(candidate.start);
            if (takenAt < 0 || takenAt >= candidate.end) {
                taken.set(candidate.start, candidate.end);
                kept[keptCount++] = Packed.position(candidate) << Packed.INDEX_BITS | i;
            }
        }
        Arrays.sort(kept, 0, keptCount);
        List<Match<T>> result = new ArrayList<>(keptCount);
        for (int k = 0; k < keptCount; k++) {
            result.add(matches.get((int) (kept[k] & Packed.MAX_INDEX)));
        }
        return result;
    }

    /** {@link #longestFirst} for any matches: a comparator sort and a tree of the intervals kept in each field. */
    static <T> List<Match<T>> longestFirstInGeneral(List<Match<T>> matches) {
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

    /**
     * {@link #STRONGEST_FIRST} and {@link #DOCUMENT_ORDER} as numbers that sort the same way, with the match's index
     * in the low bits (distinct keys, and ties kept in list order, as the stable list sort keeps them).
     */
    private static final class Packed {

        static final int INDEX_BITS = 18;
        static final int MAX_INDEX = (1 << INDEX_BITS) - 1;
        private static final int START_BITS = 22;
        private static final int FIELD_BITS = 8;
        private static final int COST_BITS = 4;
        private static final int LENGTH_BITS = 11;

        /**
         * Longest, closest, first field, first start; -1 when a part does not fit its bits, or the match is empty or
         * ends past its field.
         */
        static long strength(Match<?> m) {
            int length = m.end - m.start;
            if (length <= 0 || length >= 1 << LENGTH_BITS || m.cost < 0 || m.cost >= 1 << COST_BITS
                    || m.end > m.field.original().length()) {
                return -1;
            }
            long position = position(m);
            if (position < 0) {
                return -1;
            }
            long key = (1L << LENGTH_BITS) - 1 - length;
            key = key << COST_BITS | m.cost;
            return key << (FIELD_BITS + START_BITS) | position;
        }

        /** Field, then start; -1 when either does not fit its bits. */
        static long position(Match<?> m) {
            int field = m.field.order();
            if (field < 0 || field >= 1 << FIELD_BITS || m.start < 0 || m.start >= 1 << START_BITS) {
                return -1;
            }
            return (long) field << START_BITS | m.start;
        }
    }
}
