package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.Passage;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** Themes with their evidence, pointing into the original text of the field. */
class ThemeTaggingTest {

    private static Classification classify(String subject, String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject(subject).body(body).build());
    }

    private static ThemeTag tag(Classification classification, Theme theme) {
        return classification.themes().stream().filter(t -> t.id() == theme).findFirst().orElseThrow();
    }

    @Test
    void aFrenchTextAboutReprocessingTailingsIsAboutResourceRecoveryWithEvidenceInTheOriginalText() {
        String body = GoldenEvents.received().body();

        Classification classification = classify("", body);

        ThemeTag tag = tag(classification, Theme.RESOURCE_RECOVERY);
        assertThat(tag.evidence()).containsExactly(new Evidence("body", "retraitement des résidus miniers", 87, 119,
                "…expérience de retraitement des résidus miniers.", new Passage(1, 0, body.length())));
        assertThat(body.substring(87, 119)).isEqualTo("retraitement des résidus miniers");
    }

    @Test
    void anArabicTextAboutReprocessingTailingsIsAboutResourceRecovery() {
        String body = "تشارك مصر تجربتها في إعادة معالجة مخلفات التعدين واستخلاص المعادن منها.";

        ThemeTag tag = tag(classify("", body), Theme.RESOURCE_RECOVERY);

        assertThat(tag.evidence()).extracting(Evidence::term, Evidence::start, Evidence::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("إعادة معالجة مخلفات التعدين", 21, 48),
                        org.assertj.core.groups.Tuple.tuple("استخلاص المعادن", 50, 65));
        assertThat(body.substring(21, 48)).isEqualTo("إعادة معالجة مخلفات التعدين");
        assertThat(body.substring(50, 65)).isEqualTo("استخلاص المعادن");
    }

    @Test
    void aChineseTextAboutReprocessingTailingsIsAboutResourceRecovery() {
        String subject = "关于尾矿再处理的经验";

        ThemeTag tag = tag(classify(subject, "我们推动尾矿综合利用和金属回收。"), Theme.RESOURCE_RECOVERY);

        assertThat(tag.evidence()).containsExactly(
                new Evidence("subject", "尾矿再处理", 2, 7, "关于尾矿再处理的经验", new Passage(1, 0, 10)),
                new Evidence("body", "尾矿综合利用", 4, 10, "我们推动尾矿综合利用和金属回收。", new Passage(1, 0, 16)),
                new Evidence("body", "金属回收", 11, 15, "我们推动尾矿综合利用和金属回收。", new Passage(1, 0, 16)));
    }

    @Test
    void eachThemeIsRecognisedInItsOwnVocabulary() {
        assertThat(classify("", "Mining companies share best practices for mine rehabilitation and due diligence in copper supply chains.").themes())
                .extracting(ThemeTag::id).containsExactly(Theme.BEST_PRACTICES);
        assertThat(classify("", "Nous demandons le renforcement des capacités et le transfert de technologie dans le secteur des minéraux.").themes())
                .extracting(ThemeTag::id).containsExactly(Theme.CAPACITY_BUILDING);
        assertThat(classify("", "La cooperación internacional y el diálogo intergubernamental sobre minerales y metales.").themes())
                .extracting(ThemeTag::id).containsExactly(Theme.INTERNATIONAL_COOPERATION);
        assertThat(classify("", "Россия развивает международное сотрудничество и обмен опытом по металлам.").themes())
                .extracting(ThemeTag::id).containsExactly(Theme.INTERNATIONAL_COOPERATION);
    }

    @Test
    void themesComeHighestScoreFirstWithScoresBetweenZeroAndOne() {
        Classification classification = classify("Tailings reprocessing and circular economy",
                "Recovery of metals from tailings needs technology transfer and capacity building.");

        assertThat(classification.themes()).extracting(ThemeTag::id)
                .containsExactly(Theme.RESOURCE_RECOVERY, Theme.CAPACITY_BUILDING);
        assertThat(classification.themes().get(0).score()).isGreaterThan(classification.themes().get(1).score());
        assertThat(classification.themes()).allSatisfy(t -> assertThat(t.score()).isBetween(0.35, 1.0));
    }

    @Test
    void aDeclaredThemeIsNotATagByItself() {
        Classification classification = CLASSIFIER.classify(Communications.aCommunication()
                .subject("Copper").body("Our country produces copper and zinc.").declaring(Theme.CAPACITY_BUILDING).build());

        assertThat(classification.themes()).isEmpty();
        assertThat(classification.outOfScopeReason()).isEqualTo(CommunicationClassifier.NO_THEME);
    }

    @Test
    void aDeclaredThemeTheTextSpeaksToScoresHigher() {
        Communications communication = Communications.aCommunication().subject("").body("Training on copper smelting.");

        double undeclared = CLASSIFIER.themeProbabilities(communication.build()).get(Theme.CAPACITY_BUILDING);
        double declared = CLASSIFIER.themeProbabilities(communication.declaring(Theme.CAPACITY_BUILDING).build())
                .get(Theme.CAPACITY_BUILDING);

        assertThat(undeclared).isPositive();
        assertThat(declared).isGreaterThan(undeclared);
    }

    @Test
    void wordsOfAQuotedResolutionTitleAreNotEvidenceOfATheme() {
        Classification classification = classify("", "We welcome the resolution on strengthening international "
                + "cooperation on environmentally sound management of minerals and metals.");

        assertThat(classification.resolutions()).containsExactly("unea-7");
        assertThat(classification.themes()).isEmpty();
    }

    @Test
    void attachmentsAreReadAndNamedInTheEvidence() {
        var received = GoldenEvents.received();
        var withAttachment = new dev.assay.contracts.events.CommunicationReceived(1, received.id(), received.receivedAt(),
                received.channel(), received.submitter(), "Contribution", "Voir la pièce jointe.", List.of(), List.of(),
                List.of(new dev.assay.contracts.events.Attachment("a1", "annexe.pdf", "application/pdf", 10,
                        "Programme de renforcement des capacités minières et de transfert de technologie.", false, true, null)));

        ThemeTag tag = tag(CLASSIFIER.classify(withAttachment), Theme.CAPACITY_BUILDING);

        assertThat(tag.evidence()).extracting(Evidence::field).containsOnly("attachment:annexe.pdf");
        assertThat(tag.evidence()).extracting(Evidence::term)
                .containsExactly("renforcement des capacités", "transfert de technologie");
    }

    /** A ministry's letter: a preamble, one paragraph on tailings, and a closing that mentions training in passing. */
    private static final String LONG_LETTER = """
            The Ministry of Mines and Energy presents its compliments to the secretariat of the United Nations \
            Environment Programme and has the honour to transmit the following contribution on the environmentally \
            sound management of minerals and metals. The Ministry recalls the importance the Government attaches to \
            the work of the Assembly and to the consultations held with Member States since the adoption of the \
            resolution, and it thanks the secretariat for the opportunity to share the national experience. The \
            contribution below was prepared with the ministries concerned and reflects the situation at the end of \
            the reporting period; further information will be provided on request through the permanent mission.
            Our national programme reprocesses tailings from closed copper mines. Old tailings dams are surveyed, the \
            richest are reprocessed to recover copper and cobalt, and the residues are used as construction \
            materials, so that less mine waste remains and fewer tailings facilities need long-term care. Since \
            2022, twelve sites have been reprocessed, recovering metals worth more than the cost of the works, and \
            the programme is being extended to gold tailings in the north of the country with private partners.
            The Ministry avails itself of this opportunity to renew to the secretariat the assurances of its highest \
            consideration, and it recalls that staff training took place in March. It remains at the disposal of the \
            secretariat for any further information on the matters raised in this letter and looks forward to the \
            dialogues to come, where it will be represented by the focal point designated for that purpose.""";

    @Test
    void aLongTextIsTaggedWithTheThemeOneOfItsPassagesCarriesAndTheEvidenceNamesThatPassage() {
        Classification classification = classify("Contribution of the Ministry", LONG_LETTER);

        ThemeTag recovery = tag(classification, Theme.RESOURCE_RECOVERY);
        Passage tailings = recovery.evidence().get(0).passage();
        assertThat(tailings.number()).isEqualTo(2);
        assertThat(LONG_LETTER.substring(tailings.start(), tailings.end())).startsWith("Our national programme");
        assertThat(recovery.evidence()).allSatisfy(e -> {
            assertThat(e.passage()).isEqualTo(tailings);
            assertThat(e.start()).isBetween(tailings.start(), tailings.end());
        });
    }

    @Test
    void aWordInPassingInALongTextDoesNotMakeATheme() {
        Classification classification = classify("Contribution of the Ministry", LONG_LETTER);

        assertThat(classification.themes()).extracting(ThemeTag::id).doesNotContain(Theme.CAPACITY_BUILDING);
        String trainingParagraph = """
                With technical assistance from two partner countries, a training programme for mine inspectors and \
                laboratory staff has been set up, and scholarships allow young geologists to study metallurgy abroad.
                """;
        String withTrainingParagraph = LONG_LETTER.replace("The Ministry avails", trainingParagraph + "The Ministry avails");
        assertThat(classify("Contribution of the Ministry", withTrainingParagraph).themes())
                .extracting(ThemeTag::id).contains(Theme.CAPACITY_BUILDING);
    }
}
