package dev.assay.classification.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realistic dev set's held-out part, held by every build. Resolutions, the off-topic texts and the in-scope texts
 * kept in scope meet the goals and are held at them; the calibration error, which has no goal, is held under
 * a bound. The themes and the languages do not meet theirs yet (macro-F1 0.90, every theme and language 0.85; the
 * README has the figures), so they are held at floors a little under what the shipped classifier scores: a change
 * that loses ground on real texts fails the build, one that gains may raise the floor.
 */
class RealisticGoalsTest {

    private static Scores heldOut;
    private static Calibration calibration;

    @BeforeAll
    static void classifyTheHeldOutPart() {
        List<Outcome> outcomes = DevSetEvaluation.part(
                DevSetEvaluation.run(DevSetEvaluation.shipped(false), DevSet.realistic()), DevSet.Part.HELD_OUT);
        heldOut = Scores.of(outcomes);
        calibration = Calibration.of(outcomes);
    }

    @Test
    void resolutionsCitedByNumberSymbolTitleOrDescriptionAreFoundWithRecallAndPrecisionAtTheGoal() {
        assertThat(heldOut.resolutions().recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(heldOut.resolutions().precision()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void inScopeTextsAreRarelyMarkedOutOfScope() {
        assertThat(heldOut.outOfScopeFalsePositiveRate()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void theThemeProbabilitiesAreCalibratedWithinFifteenPoints() {
        assertThat(calibration.pairs()).isGreaterThan(200);
        assertThat(calibration.error()).isLessThanOrEqualTo(0.15);
    }

    @Test
    void themesAndLanguagesStayAboveTheirFloors() {
        assertThat(heldOut.macroF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(heldOut.themes()).allSatisfy((theme, counts) ->
                assertThat(counts.f1()).as(theme.id()).isGreaterThanOrEqualTo(0.80));
        assertThat(heldOut.macroF1ByLanguage()).hasSize(6).allSatisfy((language, f1) ->
                assertThat(f1).as(language).isGreaterThanOrEqualTo(0.78));
    }

    @Test
    void offTopicTextsAreRarelyTaggedWithATheme() {
        assertThat(heldOut.outOfScope()).isEqualTo(17);
        assertThat((double) (heldOut.outOfScope() - heldOut.outOfScopeMarkedOut()) / heldOut.outOfScope())
                .isLessThanOrEqualTo(0.05);
    }
}
