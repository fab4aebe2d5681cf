package dev.assay.classification.engine;

import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** SimHash signatures: near-duplicates are a few bits apart, unrelated texts many. */
class SignatureTest {

    /** A form letter of about 150 words, the kind several countries send with a few words changed. */
    private static final String LETTER = """
            The Republic of Kenya welcomes the resolution on minerals and metals and shares its experience of \
            recovering copper and cobalt from mine tailings through reprocessing plants built with local \
            universities, supported by technical assistance and training for inspectors. Since the adoption of the \
            resolution, the ministry responsible for mining has mapped abandoned tailings storage facilities, \
            assessed their stability and estimated the metals they still contain. Pilot projects with small \
            enterprises now recover metals from waste rock and slag, and the revenue pays for the rehabilitation \
            of the sites and for the monitoring of water quality downstream. The government has adopted guidelines \
            on environmental impact assessment for reprocessing projects and publishes the results of inspections. \
            It calls for stronger international cooperation on the environmentally sound management of mine waste, \
            for the exchange of information between geological surveys, and for financing that allows developing \
            countries to build the scientific and technical capacities that circularity in the mining sector requires.""";

    private static String signatureOf(String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject("").body(body).build()).signature();
    }

    @Test
    void aSignatureIsSixteenHexDigitsAndTheSameForTheSameText() {
        assertThat(signatureOf(LETTER)).matches("[0-9a-f]{16}").isEqualTo(signatureOf(LETTER));
    }

    @Test
    void caseAndAccentsDoNotChangeTheSignature() {
        assertThat(signatureOf(LETTER.toUpperCase())).isEqualTo(signatureOf(LETTER));
    }

    @Test
    void nearDuplicatesDifferInFewBits() {
        String edited = LETTER.replace("Kenya", "Ghana").replace("copper and cobalt", "gold");

        assertThat(Signature.distance(signatureOf(LETTER), signatureOf(edited))).isLessThanOrEqualTo(8);
    }

    @Test
    void unrelatedTextsDifferInManyBits() {
        String other = "Le Chili présente son programme national de fermeture des mines et de réhabilitation des "
                + "sites, avec des normes de sécurité des digues à résidus et un registre public des passifs "
                + "environnementaux miniers tenu par le service géologique national depuis plusieurs années.";

        assertThat(Signature.distance(signatureOf(LETTER), signatureOf(other))).isGreaterThanOrEqualTo(20);
    }

    @Test
    void anEmptyTextHasTheZeroSignature() {
        assertThat(Signature.of(List.of(AnalysedField.of("body", 0, "")))).isEqualTo("0000000000000000");
    }

    @Test
    void bitCountsCountHowManyValuesHaveEachBitSet() {
        Random random = new Random(7);
        Signature.BitCounts counts = new Signature.BitCounts();
        int[] expected = new int[64];
        for (int i = 0; i < 5_000; i++) {
            long value = i % 3 == 0 ? -1L : random.nextLong();
            counts.add(value);
            for (int bit = 0; bit < 64; bit++) {
                expected[bit] += (int) ((value >>> bit) & 1L);
            }
        }

        for (int bit = 0; bit < 64; bit++) {
            assertThat(counts.count(bit)).as("bit %d", bit).isEqualTo(expected[bit]);
        }
    }
}
