package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.Mention;
import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** References to catalogued resolutions, in the six languages and as document symbols. */
class ResolutionRecognitionTest {

    private static Classification classify(String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject("").body(body).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minerals under resolution 5/12 of UNEA.                    | 5/12 | resolution 5/12
            Conformément à la résolution 5/12 sur les métaux.          | 5/12 | résolution 5/12
            De acuerdo con la resolución 6/5 sobre minerales.          | 6/5  | resolución 6/5
            В соответствии с резолюцией ЮНЕА 4/19 о металлах.          | 4/19 | резолюцией ЮНЕА 4/19
            وفقا للقرار ٥/١٢ بشأن المعادن.                              | 5/12 | للقرار ٥/١٢
            根据第5/12号决议，关于矿物和金属。                             | 5/12 | 第5/12号决议
            落实决议6/5。                                                | 6/5  | 决议6/5
            See UNEP/EA.5/Res.12 on minerals.                          | 5/12 | UNEP/EA.5/Res.12
            See document EA.4/Res.19.                                  | 4/19 | EA.4/Res.19
            Voir UNEP/EA.6/RES.5.                                      | 6/5  | UNEP/EA.6/RES.5
            """)
    void aResolutionIsRecognisedInEveryLanguageAndAsASymbol(String body, String id, String quoted) {
        Classification classification = classify(body.strip());

        assertThat(classification.resolutions()).containsExactly(id);
        Evidence evidence = classification.mentions().get(0).evidence();
        assertThat(evidence.term()).isEqualTo(quoted);
        assertThat(body.strip().substring(evidence.start(), evidence.end())).isEqualTo(quoted);
    }

    @Test
    void aListAfterTheWordResolutionsIsReadWholeAndIdsAreUniqueInOrderOfFirstMention() {
        Classification classification = classify("Resolutions 6/5, 4/19 and 5/12 build on resolution 4/19.");

        assertThat(classification.resolutions()).containsExactly("6/5", "4/19", "5/12");
        assertThat(classification.mentions()).extracting(Mention::kind).containsOnly(Mention.RESOLUTION);
        assertThat(classification.mentions()).extracting(m -> m.evidence().term())
                .containsExactly("Resolutions 6/5", "4/19", "5/12");
    }

    @Test
    void aResolutionOutsideTheCatalogueIsNotReported() {
        assertThat(classify("Resolution 2/7 on marine litter and resolution 5/120.").resolutions()).isEmpty();
    }

    @Test
    void datesAndFractionsAreNotResolutions() {
        assertThat(classify("On 5/12 we met; 4/19 of the mines use 6/5 shifts.").resolutions()).isEmpty();
    }

    @Test
    void theUnea7ResolutionIsRecognisedByItsTitleUnderItsConfiguredId() {
        assertThat(classify("Nous saluons le renforcement de la coopération internationale en matière de gestion "
                + "écologiquement rationnelle des minéraux et des métaux.").resolutions()).containsExactly("unea-7");
        assertThat(classify("加强矿物和金属无害环境管理国际合作的决议").resolutions()).containsExactly("unea-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will implement the resolution adopted by the Assembly at its seventh session.",
            "Nous appuyons la résolution adoptée à la septième session de l'Assemblée.",
            "Apoyamos la resolución aprobada en el séptimo período de sesiones.",
            "Мы поддерживаем резолюцию, принятую на седьмой сессии Ассамблеи.",
            "ندعم القرار الذي اعتمدته الدورة السابعة للجمعية.",
            "我们支持第七届联合国环境大会通过的相关决议。"})
    void theUnea7ResolutionIsRecognisedAsTheResolutionOfTheSeventhSessionInEveryLanguage(String body) {
        assertThat(classify(body).resolutions()).containsExactly("unea-7");
    }

    @Test
    void aNumberedResolutionMentionedAtTheSeventhSessionIsNotTheUnea7One() {
        assertThat(classify("At the seventh session we reviewed resolution 5/12.").resolutions()).containsExactly("5/12");
    }

    @Test
    void spacesAroundTheSlashAndALongDistanceFromTheWordToTheNumberStillMakeAReference() {
        assertThat(classify("Resolution of the United Nations Environment Assembly 5 / 12 on metals.").resolutions())
                .containsExactly("5/12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            résolution* {q}{s}/{r} | resolution
            резолюци* {q}{s}/{r}   | резолюци
            قرار* {q}{s}/{r}       | قرار
            {s}/{r}号决议           | 号决议
            决议第{s}/{r}号          | 决议第
            UNEP/EA.{s}/Res.{r}    | unep
            EA.{s}/Res.{r}         | res
            """)
    void aNumberedFormIsOnlyTriedWhereTheLongestRunOfLettersItQuotesIsPresent(String form, String literal) {
        ResolutionFinder.NumberedForm compiled = ResolutionFinder.NumberedForm.compile(form, "");
        String text = "see " + literal + " here";

        assertThat(compiled.literal()).isEqualTo(literal);
        assertThat(compiled.mayMatch(text, 0, text.length())).isTrue();
        assertThat(compiled.mayMatch(text, 5, text.length())).isFalse();
        assertThat(compiled.mayMatch(text, 0, 4 + literal.length() - 1)).isFalse();
    }
}
