package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** Minerals and metals are in scope; mineral fuels, and texts about neither, are not. */
class ScopeTest {

    private static Classification classify(String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject("").body(body).build());
    }

    @Test
    void aTextAboutCoalAndOilIsOutOfScopeWithoutThemesAndSaysWhy() {
        Classification classification = classify(
                "Technology transfer and capacity building for our coal mines, oil fields and natural gas.");

        assertThat(classification.outOfScope()).isTrue();
        assertThat(classification.themes()).isEmpty();
        assertThat(classification.outOfScopeReason())
                .isEqualTo(ScopeJudge.FUELS_ONLY + "coal mines, oil fields, natural gas");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le charbon, le pétrole et le gaz naturel restent nos combustibles fossiles ; les mines de charbon ferment.",
            "El carbón y el petróleo; la minería del carbón y el gas natural.",
            "Уголь, нефть и природный газ; угольные шахты и угледобыча.",
            "الفحم والنفط والغاز الطبيعي في مناجم الفحم.",
            "煤炭、石油和天然气是化石燃料，煤矿开采仍然重要。"})
    void fuelsAreOutOfScopeInEveryLanguage(String body) {
        Classification classification = classify(body);

        assertThat(classification.outOfScope()).isTrue();
        assertThat(classification.outOfScopeReason()).startsWith(ScopeJudge.FUELS_ONLY);
    }

    @Test
    void coalMiningIsFuelNotMining() {
        assertThat(classify("Coal mining employs many people in the region.").outOfScopeReason())
                .isEqualTo(ScopeJudge.FUELS_ONLY + "coal mining");
    }

    @Test
    void aMetalNextToFuelsKeepsTheTextInScope() {
        Classification classification = classify("Alongside coal and oil we mine copper and recover metals from tailings.");

        assertThat(classification.outOfScope()).isFalse();
        assertThat(classification.outOfScopeReason()).isNull();
    }

    @Test
    void miningInGeneralIsInScope() {
        assertThat(classify("Artisanal and small-scale mining provides livelihoods.")).satisfies(ScopeTest::aboutMinerals);
    }

    @Test
    void aTextWithoutMineralsMetalsOrMiningIsOutOfScope() {
        Classification classification = classify("We support international cooperation and capacity building.");

        assertThat(classification.outOfScope()).isTrue();
        assertThat(classification.outOfScopeReason()).isEqualTo(ScopeJudge.NO_ANCHOR);
        assertThat(classification.themes()).isEmpty();
    }

    @Test
    void tailingsAndWasteOfCoalOrOilSandsAreFuelNotMinerals() {
        assertThat(classify("Oil sands tailings ponds hold process water; coal ash and coal gangue heaps need "
                + "reclamation.").outOfScope()).isTrue();
    }

    @Test
    void aFuelTextThatNamesMetalsInPassingStaysOutOfScope() {
        Classification classification = classify("Tailings ponds from bitumen mining in the oil sands hold water "
                + "containing naphthenic acids, hydrocarbons and metals; oil sands operators must reclaim them.");

        assertThat(classification.outOfScope()).isTrue();
        assertThat(classification.outOfScopeReason()).startsWith(ScopeJudge.FUELS_ONLY);
    }

    @Test
    void geologyAndMineralDepositsAreInScope() {
        assertThat(classify("Digitising the archives of the national geological survey and mapping ore deposits."))
                .satisfies(ScopeTest::aboutMinerals);
        assertThat(classify("Цифровизация геологической информации о месторождениях.")).satisfies(ScopeTest::aboutMinerals);
    }

    @Test
    void soilIsNotOilAndVegasIsNotGas() {
        assertThat(classify("Soil quality near Las Vegas and oilseed crops.").outOfScopeReason())
                .isEqualTo(ScopeJudge.NO_ANCHOR);
    }

    /**
     * The text passes the scope judge: it is in scope or, if no passage carries a theme, out of scope for that
     * reason alone, not for want of minerals and metals or for being about fuels.
     */
    private static void aboutMinerals(Classification classification) {
        assertThat(classification.outOfScopeReason()).isIn(null, CommunicationClassifier.NO_THEME);
    }
}
