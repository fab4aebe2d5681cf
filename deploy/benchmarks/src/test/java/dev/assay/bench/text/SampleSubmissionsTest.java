package dev.assay.bench.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSubmissionsTest {

    @Test
    void theSameSeedGivesTheSameCommunications() {
        assertThat(new SampleSubmissions(42, 1700).next(20)).isEqualTo(new SampleSubmissions(42, 1700).next(20));
    }

    @Test
    void sixConsecutiveCommunicationsCoverTheSixLanguages() {
        List<SampleSubmission> six = new SampleSubmissions(1, 500).next(6);

        assertThat(six).extracting(SampleSubmission::language).containsExactly(Language.EN, Language.FR, Language.ES,
                Language.RU, Language.ZH, Language.AR);
    }

    @Test
    void everyBodyReachesTheRequestedSizeAndOvershootsByLessThanTwoSentences() {
        for (SampleSubmission s : new SampleSubmissions(3, 1700).next(60)) {
            int bytes = s.body().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(s.language() + " body").isBetween(1700, 1700 + 2 * 300);
        }
    }

    @Test
    void bodiesAreWrittenInTheirLanguageAndDiffer() {
        List<SampleSubmission> twelve = new SampleSubmissions(5, 1700).next(12);

        assertThat(twelve.get(4).body()).contains("矿");
        assertThat(twelve.get(5).body()).contains("المعادن");
        assertThat(twelve.stream().map(SampleSubmission::body).distinct()).hasSize(12);
    }

    @Test
    void onlyASubmitterThatSpeaksForNoCountryHasNoCountry() {
        for (SampleSubmission s : new SampleSubmissions(9, 100).next(200)) {
            assertThat(s.country() == null).as(s.submitterType()).isEqualTo(s.submitterType().equals("intergovernmental"));
        }
    }
}
