package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.Taxonomy;

import java.util.List;
import java.util.Map;

/**
 * {@code taxonomy.json} as written: themes by id, then terms by language, then by weight (a decimal written as the
 * key, e.g. {@code "3"} or {@code "1.5"}); the scope lexicon's three kinds by language; the negation rule's words by
 * language (optional).
 */
record TaxonomyFile(String version, String about, Taxonomy.Scoring scoring,
                    Map<String, Map<String, Map<String, List<String>>>> themes, Scope scope, Negation negation,
                    Carriers carriers) {

    record Scope(Map<String, List<String>> anchors, Map<String, List<String>> mining,
                 Map<String, List<String>> fuels) {
    }

    record Negation(int window, Map<String, List<String>> cues, Map<String, List<String>> exceptions,
                    Map<String, List<String>> breaks) {
    }

    record Carriers(int window, Map<String, Map<String, List<String>>> themes) {
    }
}
