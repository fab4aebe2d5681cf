package dev.assay.report.campaigns;

import org.junit.jupiter.api.Test;

import static dev.assay.report.CampaignLetters.LETTER;
import static dev.assay.report.CampaignLetters.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How alike two texts are, by the share of their word 3-shingles they have in common. */
class ShinglesTest {

    @Test
    void theSameLetterSignedByAnotherSenderIsAlmostTheSame() {
        Shingles first = Shingles.of(SUBJECT, LETTER + "Signed for Mining Watch, on behalf of its members.");
        Shingles copy = Shingles.of(SUBJECT, LETTER + "Signed for the Tailings Alliance, on behalf of its members.");

        assertThat(first.similarity(copy)).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(first.similarity(first)).isEqualTo(1.0);
    }

    @Test
    void caseAccentsAndPunctuationDoNotMakeADifference() {
        assertThat(Shingles.of("Résidus miniers", "Valorisation des résidus, en France.")
                .similarity(Shingles.of("RESIDUS MINIERS", "valorisation des residus en france")))
                .isEqualTo(1.0);
    }

    @Test
    void aTextOnTheSameSubjectInOtherWordsIsFarApart() {
        Shingles letter = Shingles.of(SUBJECT, LETTER);
        Shingles other = Shingles.of(SUBJECT, "Our ministry reports on its national inventory of tailings dams and on "
                + "the pilot plant that reprocesses copper tailings near the capital.");

        assertThat(letter.similarity(other)).isCloseTo(0.0, within(0.1));
    }

    @Test
    void chineseIsComparedByCharacterPairs() {
        Shingles a = Shingles.of("尾矿", "我们呼吁各会员国支持尾矿再处理试点项目并分享国家经验。");
        Shingles b = Shingles.of("尾矿", "我们呼吁各会员国支持尾矿再处理试点项目并分享国家经验！");

        assertThat(a.similarity(b)).isEqualTo(1.0);
    }
}
