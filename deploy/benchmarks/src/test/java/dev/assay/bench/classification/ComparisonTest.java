package dev.assay.bench.classification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {

    @Test
    void oneRoundGivesItsRatioAndTheVerdictOnIt() {
        Comparison comparison = new Comparison(List.of(result("classification-service", 3000)),
                List.of(result("pass-through", 8000)));

        assertThat(comparison.medianRatio()).isCloseTo(0.375, within(1e-9));
        assertThat(comparison.render("test machine"))
                .contains("classification-service / pass-through = 3000.0 / 8000.0 = 0.38; goal >= 0.50: MISSED");
    }

    @Test
    void severalRoundsAreJudgedOnTheMedianOfTheirRatiosNotOnTheLuckiestRound() {
        Comparison comparison = new Comparison(
                List.of(result("classification-service", 3000), result("classification-service", 4000),
                        result("classification-service", 2600)),
                List.of(result("pass-through", 6000), result("pass-through", 10000), result("pass-through", 9000)));

        assertThat(comparison.ratios()).containsExactly(0.5, 0.4, 2600.0 / 9000);
        assertThat(comparison.medianRatio()).isCloseTo(0.4, within(1e-9));
        assertThat(comparison.render("test machine"))
                .contains("3000.0 / 6000.0 = 0.50; 4000.0 / 10000.0 = 0.40; 2600.0 / 9000.0 = 0.29")
                .contains("median ratio of 3 rounds = 0.40; goal >= 0.50: MISSED");
    }

    @Test
    void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
        Comparison comparison = new Comparison(
                List.of(result("s", 5000), result("s", 3000), result("s", 6000), result("s", 1000)),
                List.of(result("p", 10000), result("p", 10000), result("p", 10000), result("p", 10000)));

        assertThat(comparison.medianRatio()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aRoundWithoutARateIsLeftOutOfTheMedianAndShownAsSuch() {
        Properties unmeasured = result("classification-service", 0);
        unmeasured.remove("recordsPerSecond");
        Comparison comparison = new Comparison(List.of(unmeasured, result("classification-service", 5000)),
                List.of(result("pass-through", 9000), result("pass-through", 9000)));

        assertThat(comparison.ratios()[0]).isNaN();
        assertThat(comparison.medianRatio()).isCloseTo(5000.0 / 9000, within(1e-9));
        assertThat(comparison.render("test machine")).contains("by round: -; 5000.0 / 9000.0 = 0.56")
                .contains("median ratio of 1 rounds = 0.56; goal >= 0.50: MET");
    }

    @Test
    void theHeapVerdictTakesTheLargestCommittedHeapOfTheRounds() {
        Properties small = result("classification-service", 3000);
        small.setProperty("heapTotalKib", Long.toString(200 * 1024));
        Properties large = result("classification-service", 3000);
        large.setProperty("heapTotalKib", Long.toString(300 * 1024));

        assertThat(new Comparison(List.of(small, large), List.of(result("p", 6000), result("p", 6000)))
                .render("test machine")).contains("committed at most 300 MiB").contains("goal < 512 MiB: MET");
    }

    @Test
    void roundsMustPairUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Comparison(List.of(result("s", 1)), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Comparison(List.of(), List.of()));
    }

    private static Properties result(String label, double recordsPerSecond) {
        Properties p = new Properties();
        p.setProperty("label", label);
        p.setProperty("expected", "100000");
        p.setProperty("received", "100000");
        p.setProperty("measured", "90000");
        p.setProperty("recordsPerSecond", Double.toString(recordsPerSecond));
        p.setProperty("cpuMs", "30000");
        return p;
    }
}
