package dev.assay.classification.engine;

import java.util.List;

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
        int count = 0;
        for (AnalysedField field : fields) {
            count += field.tokens().size();
        }
        if (count == 0) {
            return format(0L);
        }
        long[] wordHashes = new long[count];
        int at = 0;
        for (AnalysedField field : fields) {
            for (Token word : field.tokens()) {
                wordHashes[at++] = hash(word.text());
            }
        }
        int shingles = Math.max(1, count - SHINGLE + 1);
        BitCounts ones = new BitCounts();
        for (int i = 0; i < shingles; i++) {
            long shingle = FNV_OFFSET;
            for (int k = i; k < Math.min(count, i + SHINGLE); k++) {
                shingle = (shingle ^ wordHashes[k]) * FNV_PRIME;
            }
            ones.add(mix(shingle));
        }
        // a bit of the signature is set when more shingles have it set than not
        long signature = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * ones.count(bit) > shingles) {
                signature |= 1L << bit;
            }
        }
        return format(signature);
    }

    /**
     * How many of the added values have each of the 64 bits set. Eight counters hold eight bits each, one per byte
     * (bits j, j+8, ... j+56 of every value in counter j), emptied into the totals before a byte can overflow: adding
     * a value is eight shifts, masks and additions, where 64 per-bit votes were data-dependent branches that the
     * processor mispredicts half the time on hash bits.
     */
    static final class BitCounts {

        private static final long BYTE_LANES = 0x0101010101010101L;
        private static final int MAX_PER_BYTE = 255;

        private final long[] lanes = new long[Byte.SIZE];
        private final int[] totals = new int[Long.SIZE];
        private int pending;

        void add(long value) {
            for (int j = 0; j < Byte.SIZE; j++) {
                lanes[j] += (value >>> j) & BYTE_LANES;
            }
            if (++pending == MAX_PER_BYTE) {
                empty();
            }
        }

        int count(int bit) {
            empty();
            return totals[bit];
        }

        private void empty() {
            for (int j = 0; j < Byte.SIZE; j++) {
                for (int lane = 0; lane < Byte.SIZE; lane++) {
                    totals[lane * Byte.SIZE + j] += (int) ((lanes[j] >>> (lane * Byte.SIZE)) & 0xFF);
                }
                lanes[j] = 0;
            }
            pending = 0;
        }
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
        String hex = Long.toHexString(signature);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
