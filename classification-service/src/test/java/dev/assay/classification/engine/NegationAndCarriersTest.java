package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** A denied term is not evidence, nor is the subject of a training or a financing. */
class NegationAndCarriersTest {

    private static Classification classify(String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject("Copper sector").body(body).build());
    }

    @Test
    void aTermDeniedBeforeItIsNotEvidence() {
        Classification classification = classify("This submission does not address tailings reprocessing or the "
                + "recycling of metals. We ask for training courses and technical assistance for our copper mines.");

        assertThat(classification.themes()).extracting(ThemeTag::id).containsExactly(Theme.CAPACITY_BUILDING);
    }

    @Test
    void notOnlyDeniesNothing() {
        Classification classification = classify("We pursue not only tailings reprocessing but also metal "
                + "recycling and the recovery of metals from slag at our copper smelter.");

        assertThat(classification.themes()).extracting(ThemeTag::id).contains(Theme.RESOURCE_RECOVERY);
    }

    @Test
    void aClauseBreakEndsTheDenial() {
        Classification classification = classify("We have no budget for new equipment, but tailings reprocessing "
                + "and metal recovery at our copper mines are advancing.");

        assertThat(classification.themes()).extracting(ThemeTag::id).contains(Theme.RESOURCE_RECOVERY);
    }

    @Test
    void chineseAndRussianDenialsAreRecognised() {
        assertThat(classify("本文件不涉及尾矿再处理和金属回收，仅申请铜矿检查员培训和技术援助。").themes())
                .extracting(ThemeTag::id).doesNotContain(Theme.RESOURCE_RECOVERY);
        assertThat(classify("Обращение не касается переработки хвостов; просим о подготовке кадров и технической "
                + "помощи для медных рудников.").themes()).extracting(ThemeTag::id)
                .doesNotContain(Theme.RESOURCE_RECOVERY);
    }

    @Test
    void whatATrainingTeachesIsTheSubjectOfTheCapacityBuildingNotAThemeOfItsOwn() {
        Classification classification = classify("We request training in environmental impact assessment for the "
                + "inspectors of our copper mines, and scholarships for geologists.");

        assertThat(classification.themes()).extracting(ThemeTag::id).containsExactly(Theme.CAPACITY_BUILDING);
    }
}
