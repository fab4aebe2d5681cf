package dev.assay.classification.engine;

import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text's word 3-shingles (each shingle hashed from its words' hashes), as 16 hex digits. Texts that differ in a few words differ in a few
 * bits; unrelated texts in about half of them, so near-duplicates (the same letter sent twice, a form letter signed
 * by several countries) are found by Hamming distance. Chinese characters count as words.
 */
final class Signature {

    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Signature() {
    }

    static String of(List<AnalysedField> fields) {
        List<Token> words = fields.stream().flatMap(f -> f.tokens().stream()).toList();
        if (words.isEmpty()) {
            return format(0L);
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i).text());
        }
        int[] votes = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long shingle = FNV_OFFSET;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                shingle = (shingle ^ wordHashes[k]) * FNV_PRIME;
            }
            long hash = mix(shingle);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long signature = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                signature |= 1L << bit;
            }
        }
        return format(signature);
    }

    static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** FNV-1a over the word's characters, then MurmurHash3's finaliser so that every input bit moves every output bit. */
    private static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static String format(long signature) {
        return String.format(Locale.ROOT, "%016x", signature);
    }
}
