package dev.assay.report.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classifier's near-duplicate signature: a 64-bit SimHash as 16 hex digits, where near-duplicate texts differ in a
 * few bits and unrelated ones in about 32. Cut into {@value #BANDS} bands of 16 bits, it gives each communication four
 * buckets ({@code <band>|<four hex digits>}): two signatures that differ in at most three bits share a bucket for
 * certain (some band has none of the differing bits), in four bits nine times in ten, so a campaign's copies meet
 * its representative in a bucket while unrelated texts share one only by chance (one in 16 384 pairs).
 */
record Signature(long bits) {

    static final int BANDS = 4;
    private static final int BAND_BITS = Long.SIZE / BANDS;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16}");

    /** Empty for a missing or malformed signature (an older classifier's, say): such a text joins no campaign. */
    static Optional<Signature> parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Signature(Long.parseUnsignedLong(hex, 16)));
    }

    /** The ids of the band documents this signature belongs to: {@code 0|1a2b} … {@code 3|9f00}. */
    List<String> buckets() {
        List<String> buckets = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long value = (bits >>> (band * BAND_BITS)) & 0xFFFF;
            buckets.add(band + "|" + String.format("%04x", value));
        }
        return buckets;
    }

    int distance(Signature other) {
        return Long.bitCount(bits ^ other.bits);
    }

    String hex() {
        String hex = Long.toHexString(bits);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
