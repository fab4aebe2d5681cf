package dev.assay.classification.engine;

import dev.assay.contracts.events.Passage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a field is cut into the passages a theme must be carried by. */
class PassagesTest {

    private static Passages passagesOf(String text) {
        return AnalysedField.of("body", 1, text).passages();
    }

    private static String paragraph(char letter, int length) {
        return String.valueOf(letter).repeat(length - 1) + ".";
    }

    @Test
    void aShortFieldIsOnePassage() {
        Passages passages = passagesOf("Short.\nTwo short paragraphs.");

        assertThat(passages.count()).isEqualTo(1);
        assertThat(passages.passage(0)).isEqualTo(new Passage(1, 0, 28));
    }

    @Test
    void paragraphsAreJoinedUntilAPassageIsLongEnoughAndEveryPassageStartsAParagraph() {
        String text = paragraph('a', 400) + "\n" + paragraph('b', 400) + "\n" + paragraph('c', 800) + "\n"
                + paragraph('d', 600);

        Passages passages = passagesOf(text);

        assertThat(passages.count()).isEqualTo(3);
        assertThat(passages.passage(1).start()).isEqualTo(802);
        assertThat(text.charAt(passages.passage(1).start())).isEqualTo('c');
        assertThat(text.charAt(passages.passage(2).start())).isEqualTo('d');
        assertThat(passages.passage(2).end()).isEqualTo(text.length());
        assertThat(passages.indexAt(0)).isZero();
        assertThat(passages.indexAt(801)).isZero();
        assertThat(passages.indexAt(802)).isEqualTo(1);
        assertThat(passages.indexAt(text.length() - 1)).isEqualTo(2);
    }

    @Test
    void aClosingLineJoinsTheLastPassage() {
        String text = paragraph('a', 800) + "\n" + paragraph('b', 800) + "\nRespectfully yours.";

        Passages passages = passagesOf(text);

        assertThat(passages.count()).isEqualTo(2);
        assertThat(passages.passage(1).end()).isEqualTo(text.length());
    }

    @Test
    void aParagraphFarLongerThanAPassageIsCutAtSentenceEnds() {
        String sentence = "x".repeat(299) + ". ";
        String text = sentence.repeat(10);

        Passages passages = passagesOf(text);

        assertThat(passages.count()).isGreaterThan(1);
        for (int i = 1; i < passages.count(); i++) {
            assertThat(text.charAt(passages.passage(i).start() - 1)).as("cut after a full stop").isIn('.', ' ');
            assertThat(passages.passage(i).start() - passages.passage(i - 1).start())
                    .isLessThanOrEqualTo(Passages.LONGEST + sentence.length());
        }
    }

    @Test
    void anIdeographWeighsAsMuchAsThreeLatinCharacters() {
        String chinese = "尾".repeat(300) + "。\n" + "矿".repeat(300) + "。";

        assertThat(passagesOf(chinese).count()).isEqualTo(2);
        assertThat(passagesOf("a".repeat(300) + ".\n" + "b".repeat(300) + ".").count()).isEqualTo(1);
    }
}
