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

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            4/19   | We recall the Assembly's [2019 resolution, which addressed mining].
            5/12   | Consultations were held under the [resolution adopted at UNEA-5.2 on metals].
            6/5    | Our plan builds on the [resolution on minerals adopted at the sixth session].
            unea-7 | We look forward to implementing the [resolution adopted at UNEA-7].
            4/19   | Nous rappelons la [résolution de la quatrième session consacrée aux ressources minérales].
            5/12   | Le Mali a suivi la [résolution adoptée en 2022 sur les métaux].
            6/5    | La [résolution de la sixième Assemblée relative aux minéraux] a retenu notre attention.
            unea-7 | Le Sénégal salue la [résolution adoptée en décembre 2025].
            4/19   | Recordamos la [resolución del cuarto período de sesiones sobre la minería].
            5/12   | La [resolución sobre metales aprobada en la quinta Asamblea] sigue vigente.
            6/5    | El Perú apoyó la [resolución sobre minerales y metales aprobada en 2024].
            unea-7 | Celebramos la [resolución aprobada en el séptimo período de sesiones].
            4/19   | Мы ссылаемся на [резолюцию четвертой сессии Ассамблеи о минеральных] ресурсах.
            5/12   | Во исполнение [резолюции о металлах, принятой на пятой сессии], проведены консультации.
            6/5    | [Резолюция ЮНЕА-6 о горнодобывающей] отрасли остается ориентиром.
            unea-7 | Казахстан поддерживает [резолюцию, принятую на седьмой сессии].
            4/19   | تشير الحكومة إلى [قرار الدورة الرابعة بشأن التعدين].
            5/12   | نسترشد ب[القرار الذي اعتمدته الجمعية عام 2022 بشأن المعادن].
            6/5    | و[القرار المعتمد في الدورة السادسة بشأن الفلزات] مرجع لنا.
            unea-7 | ترحب المملكة ب[القرار الذي اعتمدته الجمعية في دورتها السابعة].
            4/19   | 我们回顾[第四届联合国环境大会关于矿产资源的决议]。
            5/12   | 根据环境大会[第五届会议续会通过的关于金属的决议]，我国参加了区域磋商。
            6/5    | [第六届会议关于矿物的决议]值得关注。
            unea-7 | 我们欢迎环境大会[第七届会议通过的决议]。
            """)
    void aResolutionIsRecognisedByItsDescriptionInEveryLanguageWithTheDescriptionAsEvidence(String id, String marked) {
        String body = marked.replace("[", "").replace("]", "");
        String quoted = marked.substring(marked.indexOf('[') + 1, marked.indexOf(']'));

        Classification classification = classify(body);

        assertThat(classification.resolutions()).containsExactly(id);
        Evidence evidence = classification.mentions().get(0).evidence();
        assertThat(evidence.term()).isEqualTo(quoted);
        assertThat(body.substring(evidence.start(), evidence.end())).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The resolution on plastic pollution adopted at the fifth session was welcomed by many delegations.",
            "La résolution de la quatrième session sur l'azote a été saluée.",
            "第五届会议关于塑料污染的决议受到欢迎。",
            "At the fifth session in 2022, delegations discussed minerals and metals at length.",
            "Resolution 5/14 of UNEA 5 also mentions metals.",
            "In 2019 the town council passed a resolution on parking; mining was not discussed until much later."})
    void aDescriptionNeedsTheWordResolutionAMarkerOfTheSessionAndATopicOfTheResolutionInOneSentence(String body) {
        assertThat(classify(body).resolutions()).isEmpty();
    }

    @Test
    void aLongTextWithoutADescriptionHasNoResolution() {
        String paragraph = "The municipal council adopted a resolution on parking fees in 2019 and another on "
                + "street lighting in 2022. In 2024 the mining museum reopened after its sixth session of repairs. "
                + "Resolutions of the fifth session of the youth parliament dealt with sport. ";

        assertThat(classify(paragraph.repeat(10)).resolutions()).isEmpty();
    }

    @Test
    void eachWordForResolutionIsDescribedByItsNearestSession() {
        Classification classification = classify("They recalled the resolution on mineral resource governance "
                + "adopted at the fourth session and the resolution adopted at the fifth session on metals.");

        assertThat(classification.resolutions()).containsExactly("4/19", "5/12");
        assertThat(classification.mentions()).extracting(m -> m.evidence().term()).containsExactly(
                "resolution on mineral resource governance adopted at the fourth session",
                "resolution adopted at the fifth session on metals");
    }

    @Test
    void titlesReferToTheirResolutionAloneAndTheLongerTitleWins() {
        assertThat(classify("Work on the environmental aspects of minerals and metals management continues.")
                .resolutions()).containsExactly("5/12");
        assertThat(classify("Les aspects environnementaux des minéraux et des métaux nous concernent.").resolutions())
                .containsExactly("6/5");
        assertThat(classify("关于矿产资源治理的决议").resolutions()).containsExactly("4/19");
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
