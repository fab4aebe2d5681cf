package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.assay.classification.engine.TestClassifiers.DATA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A term of weight 0 stands for nothing and keeps the theme's shorter terms inside it from counting: a cooperative
 * (合作社, cooperatives of artisanal miners) is not cooperation (合作, whose English stem "cooper" cooperatives share).
 */
class OverlappingTermsTest {

    private static final ThemeScorer SCORER = new ThemeScorer(DATA.taxonomy(), new LanguageAnalyzers(), null);

    private static Map<Theme, List<Match<Taxonomy.ThemeTerm>>> evidence(String language, String text) {
        return SCORER.evidenceOf(List.of(AnalysedField.of("body", 1, text, language)), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh|矿工合作社在矿区开展工作。",
            "en|Mining cooperatives of artisanal miners sell their gold."})
    void aCooperativeIsNotCooperation(String language, String text) {
        assertThat(evidence(language, text)).doesNotContainKey(Theme.INTERNATIONAL_COOPERATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh|矿工合作社与邻国开展合作。",
            "en|Mining cooperatives and the cooperation of neighbouring countries."})
    void cooperationBesideACooperativeStillCounts(String language, String text) {
        assertThat(evidence(language, text).get(Theme.INTERNATIONAL_COOPERATION))
                .extracting(match -> match.payload().term()).isNotEmpty().doesNotContain("合作社", "cooperatives");
    }
}
