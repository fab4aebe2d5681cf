package dev.assay.classification.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blanking Han characters before the standard tokenizer reads a text leaves every other word as the tokenizer cuts
 * it from the text as sent, at the same offsets.
 */
class TextSplitTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();
    private static final Analyzer STANDARD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    /** The words the standard tokenizer cuts from the text as sent, Chinese and Japanese characters left out. */
    private static List<LanguageAnalyzers.TextWord> standardWords(String text) throws IOException {
        List<LanguageAnalyzers.TextWord> words = new ArrayList<>();
        try (TokenStream stream = STANDARD.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!Tokenizer.isIdeograph(term.charAt(0))) {
                    words.add(new LanguageAnalyzers.TextWord(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        }
        return words;
    }

    @Test
    void everyHanCharacterBetweenAnyKindOfWordsLeavesTheWordsAsTheTokenizerCutsThem() throws IOException {
        String[] neighbours = {"a", "5", "UNEA-7", "5/12", "l'", "_", "カタ", "ひ", "é", "\u0301", ".", "x.", "\u200D",
                "\uD83D\uDE00", "ر", "я", " "};
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                String neighbour = neighbours[(c + k) % neighbours.length];
                text.append(neighbour).append(c).append(neighbour).append(c).append(c);
            }
            if (text.length() > 4_000) {
                assertThat(ANALYZERS.split(text.toString())).isEqualTo(standardWords(text.toString()));
                text.setLength(0);
            }
        }
        assertThat(ANALYZERS.split(text.toString())).isEqualTo(standardWords(text.toString()));
    }

    @Test
    void aHanCharacterFollowedByAMarkAndAnIterationMarkAreLeftForTheTokenizerToJoin() {
        assertThat(LanguageAnalyzers.blankHan("铜a铜\u0301b铜々")).isEqualTo(" a铜\u0301b 々");
    }

    @Test
    void aMixedChineseTextIsCutAsTheTokenizerCutsIt() throws IOException {
        String text = "根据UNEP/EA.5/Res.12号决议，2024年中国与刚果(金)在Kolwezi开展tailings再处理合作；见résolution 5/12。";

        assertThat(ANALYZERS.split(text)).isEqualTo(standardWords(text)).isNotEmpty();
    }
}
