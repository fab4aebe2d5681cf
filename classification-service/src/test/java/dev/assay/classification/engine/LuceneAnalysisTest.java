package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms and text meet through the same per-language Lucene analysis: inflections, accents and case do not matter. */
class LuceneAnalysisTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    private static List<String> found(String language, String term, String text) {
        return found(language, term, language, text);
    }

    private static List<String> found(String termLanguage, String term, String textLanguage, String text) {
        StemmedLexicon<String> lexicon = new StemmedLexicon<>(
                List.of(new StemmedLexicon.Entry<>(termLanguage, term, term)), ANALYZERS);
        return lexicon.find(List.of(AnalysedField.of("body", 0, text, textLanguage))).stream()
                .map(Match::originalText).toList();
    }

    @Test
    void englishInflectionsMeetOnTheirSnowballStem() {
        assertThat(found("en", "reprocessing of tailings", "Tailings were reprocessed; we reprocess the tailings."))
                .containsExactly("reprocess the tailings");
        assertThat(found("en", "recover metals", "Recovering metals and recovered metal.")).containsExactly(
                "Recovering metals", "recovered metal");
    }

    @Test
    void frenchWordsMeetWithoutTheirAccentsPluralsOrElidedArticle() {
        assertThat(found("fr", "résidus miniers", "RESIDU MINIER, residus miniers et l'exploitation des résidus miniers"))
                .containsExactly("RESIDU MINIER", "residus miniers", "résidus miniers");
        assertThat(found("fr", "économie circulaire", "dans l'économie circulaire")).containsExactly("économie circulaire");
    }

    @Test
    void spanishAndRussianInflectionsMeet() {
        assertThat(found("es", "relaves mineros", "el relave minero y los relaves mineros")).containsExactly(
                "relave minero", "relaves mineros");
        assertThat(found("ru", "переработка хвостов", "о переработке хвостов и переработкой хвоста"))
                .containsExactly("переработке хвостов", "переработкой хвоста");
    }

    @Test
    void arabicWordsMeetBehindArticlesConjunctionsAndPrepositionsWhichStayOutOfTheEvidence() {
        assertThat(found("ar", "تعزيز التعاون", "نسعى لتعزيز التعاون وبتعزيز التعاون"))
                .containsExactly("تعزيز التعاون", "تعزيز التعاون");
    }

    @Test
    void aPhraseMaySkipAFewFunctionWordsButNotASentenceEnd() {
        assertThat(found("en", "recovery of metals", "recovery of the metals")).containsExactly("recovery of the metals");
        assertThat(found("en", "mine waste", "We closed the mine. Waste was removed.")).isEmpty();
    }

    @Test
    void latinScriptIsReadInTheCommunicationsLanguageOnlySoAFrenchStemDoesNotMeetAnEnglishWord() {
        assertThat(found("fr", "coopération", "fr", "Copper")).containsExactly("Copper");
        assertThat(found("fr", "coopération", "en", "Copper and cooperation")).isEmpty();
    }

    @Test
    void lexiconsSharingTheAnalysisEachFindTheirOwnTermsEachTimeTheyReadTheSameWords() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        StemmedLexicon<String> metals = new StemmedLexicon<>(
                List.of(new StemmedLexicon.Entry<>("en", "copper", "metal")), analyzers);
        StemmedLexicon<String> recovery = new StemmedLexicon<>(
                List.of(new StemmedLexicon.Entry<>("en", "copper recovery", "recovery"),
                        new StemmedLexicon.Entry<>("en", "tailings reprocessing", "recovery")), analyzers);

        for (int reading = 0; reading < 3; reading++) {
            List<AnalysedField> fields = List.of(AnalysedField.of("body", 0,
                    "Copper recovery through tailings reprocessing, and more copper.", "en"));

            assertThat(metals.find(fields)).extracting(Match::originalText).containsExactly("Copper", "copper");
            assertThat(recovery.find(fields)).extracting(Match::originalText)
                    .containsExactly("Copper recovery", "tailings reprocessing");
        }
    }
}
