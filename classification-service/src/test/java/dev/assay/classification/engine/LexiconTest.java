package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Word matching: whole words, inflection tolerance by script, markers, sentence boundaries, Chinese substrings. */
class LexiconTest {

    private static List<String> found(Lexicon<String> lexicon, String text) {
        return lexicon.find(List.of(AnalysedField.of("body", 0, text))).stream().map(Match::originalText).toList();
    }

    private static Lexicon<String> terms(String... terms) {
        return Lexicon.ofTerms(List.of(terms).stream().map(t -> new Lexicon.Entry<>(t, t)).toList());
    }

    @Test
    void wordsAreMatchedWholeSoOilIsNotFoundInSoilNorGasInVegas() {
        assertThat(found(terms("oil", "gas"), "Soil in Las Vegas, oilseed and gasket; oil and gases.")).containsExactly("oil", "gases");
    }

    @Test
    void latinWordsTolerateInflection() {
        assertThat(found(terms("tailings reprocessing", "résidu minier"), "Tailing reprocessed; résidus miniers."))
                .containsExactly("Tailing reprocessed", "résidus miniers");
    }

    @Test
    void shortLatinWordsOnlyTakeAPluralEnding() {
        assertThat(found(terms("ore", "coal"), "ores, oregano, coals, coalition")).containsExactly("ores", "coals");
    }

    @Test
    void russianWordsTolerateCaseEndings() {
        assertThat(found(terms("переработка хвостов"), "о переработке хвостов и переработкой хвостах"))
                .containsExactly("переработке хвостов", "переработкой хвостах");
    }

    @Test
    void anExclamationMarkMakesAWordExactAndAStarMakesItAPrefix() {
        assertThat(found(terms("уголь!", "угольн*"), "уголь, угол, угольная шахта")).containsExactly("уголь", "угольная");
    }

    @Test
    void arabicWordsAreFoundBehindTheArticleAndConjunctionsWhichStayOutOfTheMatch() {
        assertThat(found(terms("مخلفات التعدين", "المعادن"), "والمعادن ومخلفات التعدين"))
                .containsExactly("المعادن", "مخلفات التعدين");
    }

    @Test
    void chineseTermsAreFoundAsSubstrings() {
        assertThat(found(terms("尾矿再处理"), "推动尾矿再处理工作")).containsExactly("尾矿再处理");
    }

    @Test
    void aPhraseDoesNotSpanTheEndOfASentence() {
        assertThat(found(terms("mine waste"), "We closed the mine. Waste was removed.")).isEmpty();
    }

    @Test
    void aPhraseMaySpanALineBreakAsInTextExtractedFromPdf() {
        assertThat(found(terms("retraitement des résidus miniers"), "le retraitement des\nrésidus miniers"))
                .containsExactly("retraitement des\nrésidus miniers");
    }

    @Test
    void properNamesMatchOnlyCapitalisedAndAllCapitalNamesOnlyInCapitals() {
        Lexicon<String> names = Lexicon.ofNames(List.of(new Lexicon.Entry<>("Turkey", "TR"), new Lexicon.Entry<>("UK", "GB")));

        assertThat(found(names, "turkey and uk, Turkey and UK, Uk")).containsExactly("Turkey", "UK");
    }

    @Test
    void latinProperNamesAreExactSoNigerIsNotFoundInNigeria() {
        Lexicon<String> names = Lexicon.ofNames(List.of(new Lexicon.Entry<>("Niger", "NE")));

        assertThat(found(names, "Nigeria and Niger")).containsExactly("Niger");
    }

    @Test
    void chineseTermsComeInTextOrderAndAtOnePlaceInTheOrderOfTheData() {
        Lexicon<String> lexicon = terms("尾矿再处理", "尾矿", "再处理", "矿");

        assertThat(found(lexicon, "再处理尾矿再处理和矿"))
                .containsExactly("再处理", "尾矿再处理", "尾矿", "矿", "再处理", "矿");
    }
}
