package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.Evidence;
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
                "…expérience de retraitement des résidus miniers."));
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
                new Evidence("subject", "尾矿再处理", 2, 7, "关于尾矿再处理的经验"),
                new Evidence("body", "尾矿综合利用", 4, 10, "我们推动尾矿综合利用和金属回收。"),
                new Evidence("body", "金属回收", 11, 15, "我们推动尾矿综合利用和金属回收。"));
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

        assertThat(classification.outOfScope()).isFalse();
        assertThat(classification.themes()).isEmpty();
    }

    @Test
    void aDeclaredThemeTheTextSpeaksToScoresHigher() {
        Communications communication = Communications.aCommunication().subject("").body("Training on copper smelting.");

        double undeclared = tag(CLASSIFIER.classify(communication.build()), Theme.CAPACITY_BUILDING).score();
        double declared = tag(CLASSIFIER.classify(communication.declaring(Theme.CAPACITY_BUILDING).build()),
                Theme.CAPACITY_BUILDING).score();

        assertThat(undeclared).isEqualTo(0.45);
        assertThat(declared).isEqualTo(0.55);
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
}
