package dev.assay.report.campaigns;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures are cut into four 16-bit bands, so near-duplicates share a bucket and unrelated texts rarely do. */
class SignatureTest {

    private static final Signature LETTER = Signature.parse("5a3c96e1f00d7b42").orElseThrow();

    @Test
    void aSignatureHasOneBucketPerBandNamedByBandAndValue() {
        assertThat(LETTER.buckets()).containsExactly("0|7b42", "1|f00d", "2|96e1", "3|5a3c");
        assertThat(LETTER.hex()).isEqualTo("5a3c96e1f00d7b42");
    }

    @Test
    void signaturesThreeBitsApartAlwaysShareABucket() {
        for (int a = 0; a < 64; a += 5) {
            for (int b = a + 1; b < 64; b += 7) {
                for (int c = b + 1; c < 64; c += 11) {
                    Signature near = new Signature(LETTER.bits() ^ (1L << a) ^ (1L << b) ^ (1L << c));
                    assertThat(near.distance(LETTER)).isEqualTo(3);
                    Set<String> shared = new HashSet<>(near.buckets());
                    shared.retainAll(LETTER.buckets());
                    assertThat(shared).as("bits %d, %d, %d", a, b, c).isNotEmpty();
                }
            }
        }
    }

    @Test
    void missingOrMalformedSignaturesJoinNoCampaign() {
        for (String bad : List.of("", "5a3c96e1f00d7b4", "5A3C96E1F00D7B42", "{\"$gt\":\"\"}", "zz3c96e1f00d7b42")) {
            assertThat(Signature.parse(bad)).as(bad).isEmpty();
        }
        assertThat(Signature.parse(null)).isEmpty();
    }
}
