package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a communication (subject, body or an attachment's text) prepared once for every matcher:
 * folded, split into words, each word with the forms it may be compared under.
 *
 * @param name  the evidence field name: {@code subject}, {@code body} or {@code attachment:<file name>}
 * @param order position among the communication's fields, so that evidence reads in document order
 */
record AnalysedField(String name, int order, NormalizedText text, List<Token> tokens,
                     List<List<WordForm.Variant>> variants) {

    static AnalysedField of(String name, int order, String original) {
        NormalizedText text = TextNormalizer.normalize(original);
        List<Token> tokens = Tokenizer.tokens(text.text());
        List<List<WordForm.Variant>> variants = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            variants.add(WordForm.of(token.text()).textVariants(token.text()));
        }
        return new AnalysedField(name, order, text, List.copyOf(tokens), List.copyOf(variants));
    }

    String folded() {
        return text.text();
    }

    String original() {
        return text.original();
    }
}
