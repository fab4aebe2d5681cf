package dev.assay.report.communications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void wordsAreFoldedToLowerCaseWithoutAccentsAndSplitAtEverythingElse() {
        assertThat(SearchTerms.terms("Résidus MINIERS, l'expérience: 5/12!"))
                .containsExactly("residus", "miniers", "experience", "12");
    }

    @Test
    void arabicIsFoundWithOrWithoutItsVowelMarks() {
        assertThat(SearchTerms.terms("المَعادِن")).isEqualTo(SearchTerms.terms("المعادن"));
    }

    @Test
    void chineseRunsBecomeOverlappingPairsSoThatAnyWordOfTwoCharactersIsFound() {
        assertThat(SearchTerms.terms("尾矿再处理")).containsExactly("尾矿", "矿再", "再处", "处理");
        assertThat(SearchTerms.terms("回收 metals")).containsExactly("回收", "metals");
    }

    @Test
    void aCommunicationsTermsAreDistinctSortedAndBounded() {
        assertThat(SearchTerms.of("Tailings tailings", null, "Ab a"))
                .containsExactly("ab", "tailings");
        assertThat(SearchTerms.of("x".repeat(1000))).singleElement()
                .satisfies(term -> assertThat(term).hasSize(SearchTerms.MAX_TERM));
    }
}
