package dev.assay.classification.evaluation;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A labelled item with the classifier's answer, and the comparisons the scores are made of.
 *
 * @param probabilities the model's probability of each theme a passage carries (0 for the others); empty when the
 *                      text is out of scope for want of minerals and metals
 */
record Outcome(DevSetItem item, DevSet.Part part, Classification classification, Map<Theme, Double> probabilities) {

    Set<Theme> predictedThemes() {
        return classification.themes().stream().map(ThemeTag::id).collect(Collectors.toUnmodifiableSet());
    }

    /** For one theme: 1 in tp, fp or fn, or none. */
    Counts theme(Theme theme) {
        boolean expected = item.expected().themeSet().contains(theme);
        boolean predicted = predictedThemes().contains(theme);
        return new Counts(expected && predicted ? 1 : 0, !expected && predicted ? 1 : 0, expected && !predicted ? 1 : 0);
    }

    Counts resolutions() {
        return compare(item.expected().resolutions(), classification.resolutions());
    }

    Counts countries() {
        return compare(item.expected().countries(), classification.countriesMentioned());
    }

    boolean resolutionsExact() {
        return Set.copyOf(item.expected().resolutions()).equals(Set.copyOf(classification.resolutions()));
    }

    boolean countriesExact() {
        return Set.copyOf(item.expected().countries()).equals(Set.copyOf(classification.countriesMentioned()));
    }

    boolean themesExact() {
        return item.expected().themeSet().equals(predictedThemes());
    }

    boolean languageRight() {
        return item.language().equals(classification.language());
    }

    boolean scopeRight() {
        return item.expected().outOfScope() == classification.outOfScope();
    }

    boolean correct() {
        return themesExact() && scopeRight() && resolutionsExact() && countriesExact() && languageRight();
    }

    private static Counts compare(List<String> expected, List<String> predicted) {
        Set<String> found = new HashSet<>(predicted);
        int tp = (int) expected.stream().distinct().filter(found::contains).count();
        return new Counts(tp, found.size() - tp, (int) expected.stream().distinct().count() - tp);
    }
}
