package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast guess names a language only when it is sure; otherwise Lingua decides. */
class QuickLanguageGuessTest {

    @Test
    void scriptsTellArabicRussianAndChineseEvenWithLatinAcronyms() {
        assertThat(QuickLanguageGuess.of("تعزيز التعاون في قطاع المعادن")).isEqualTo("ar");
        assertThat(QuickLanguageGuess.of("Переработка хвостов обогащения")).isEqualTo("ru");
        assertThat(QuickLanguageGuess.of("关于UNEA-7和ESG的尾矿再处理经验")).isEqualTo("zh");
    }

    @Test
    void functionWordsTellEnglishFrenchAndSpanish() {
        assertThat(QuickLanguageGuess.of("The recovery of the metals is in the plan of the ministry.")).isEqualTo("en");
        assertThat(QuickLanguageGuess.of("Le ministère et les services des mines sont dans le plan.")).isEqualTo("fr");
        assertThat(QuickLanguageGuess.of("El ministerio y los servicios del sector son para el plan.")).isEqualTo("es");
    }

    @Test
    void namesAloneOrAMixedTextLeaveTheDecisionToLingua() {
        assertThat(QuickLanguageGuess.of("Kenya Ghana Nigeria Chile Peru")).isNull();
        assertThat(QuickLanguageGuess.of("Mining in Kenya: el oro y the copper")).isNull();
    }
}
