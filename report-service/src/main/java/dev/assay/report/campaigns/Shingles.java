package dev.assay.report.campaigns;

import dev.assay.report.communications.SearchTerms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text's word 3-shingles (three consecutive words, after the search's normalisation: case, accents and marks
 * folded, Chinese as character pairs), hashed, and the Jaccard similarity of two such sets: the share of shingles the
 * texts have in common. Changing one word removes up to three shingles, so a form letter with its sender's details
 * changed stays close to 1, and two texts on the same subject in different words stay close to 0.
 */
final class Shingles {

    private static final int SIZE = 3;

    private final Set<Long> hashes;

    private Shingles(Set<Long> hashes) {
        this.hashes = hashes;
    }

    static Shingles of(String subject, String body) {
        List<String> words = SearchTerms.terms((subject == null ? "" : subject) + "\n" + (body == null ? "" : body));
        Set<Long> hashes = new HashSet<>();
        if (words.size() < SIZE) {
            hashes.add(hash(words, 0, words.size()));
            return new Shingles(hashes);
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            hashes.add(hash(words, i, i + SIZE));
        }
        return new Shingles(hashes);
    }

    /** |A ∩ B| / |A ∪ B|. */
    double similarity(Shingles other) {
        Set<Long> smaller = hashes.size() <= other.hashes.size() ? hashes : other.hashes;
        Set<Long> larger = smaller == hashes ? other.hashes : hashes;
        int common = 0;
        for (Long hash : smaller) {
            if (larger.contains(hash)) {
                common++;
            }
        }
        int union = hashes.size() + other.hashes.size() - common;
        return union == 0 ? 1.0 : (double) common / union;
    }

    private static long hash(List<String> words, int from, int to) {
        long hash = 1125899906842597L;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + words.get(i).hashCode();
            hash ^= hash >>> 29;
        }
        return hash;
    }
}
