package dev.assay.classification.evaluation;

import dev.assay.contracts.taxonomy.Theme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The scores of a set of outcomes, defined as follows.
 * <ul>
 *   <li>Per theme: precision, recall and F1 counted over every item (an off-topic item tagged with the theme is a
 *       false positive); macro-F1 is the mean F1 of the themes that occur (expected or predicted).</li>
 *   <li>Per language: the macro-F1 of that language's items.</li>
 *   <li>Out-of-scope false-positive rate: in-scope items marked out of scope, over in-scope items; out-of-scope
 *       recall: out-of-scope items marked so, over out-of-scope items.</li>
 *   <li>Resolutions and countries: exact-set accuracy (the item's set equals the expected set, order ignored) and
 *       micro precision/recall over (item, id) pairs.</li>
 * </ul>
 */
record Scores(int items, Map<Theme, Counts> themes, Map<String, Double> macroF1ByLanguage, int inScope,
              int inScopeMarkedOut, int outOfScope, int outOfScopeMarkedOut, int resolutionsExact,
              Counts resolutions, int countriesExact, Counts countries, int languagesRight, int itemsCorrect) {

    static Scores of(List<Outcome> outcomes) {
        Map<Theme, Counts> themes = themeCounts(outcomes);
        Map<String, Double> byLanguage = new TreeMap<>(outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.item().language())))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> macroF1(themeCounts(e.getValue())), (a, b) -> a, TreeMap::new));
        List<Outcome> in = outcomes.stream().filter(o -> !o.item().expected().outOfScope()).toList();
        List<Outcome> out = outcomes.stream().filter(o -> o.item().expected().outOfScope()).toList();
        return new Scores(outcomes.size(), themes, byLanguage,
                in.size(), count(in, o -> o.classification().outOfScope()),
                out.size(), count(out, o -> o.classification().outOfScope()),
                count(outcomes, Outcome::resolutionsExact), sum(outcomes, Outcome::resolutions),
                count(outcomes, Outcome::countriesExact), sum(outcomes, Outcome::countries),
                count(outcomes, Outcome::languageRight), count(outcomes, Outcome::correct));
    }

    double macroF1() {
        return macroF1(themes);
    }

    double outOfScopeFalsePositiveRate() {
        return inScope == 0 ? 0 : (double) inScopeMarkedOut / inScope;
    }

    double outOfScopeRecall() {
        return outOfScope == 0 ? 1 : (double) outOfScopeMarkedOut / outOfScope;
    }

    double resolutionAccuracy() {
        return share(resolutionsExact);
    }

    double countryAccuracy() {
        return share(countriesExact);
    }

    double languageAccuracy() {
        return share(languagesRight);
    }

    double share(int count) {
        return items == 0 ? 1 : (double) count / items;
    }

    private static Map<Theme, Counts> themeCounts(List<Outcome> outcomes) {
        Map<Theme, Counts> counts = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            counts.put(theme, sum(outcomes, o -> o.theme(theme)));
        }
        return counts;
    }

    private static double macroF1(Map<Theme, Counts> counts) {
        return counts.values().stream().filter(c -> !c.isEmpty()).mapToDouble(Counts::f1).average().orElse(1);
    }

    private static Counts sum(List<Outcome> outcomes, Function<Outcome, Counts> counts) {
        return outcomes.stream().map(counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static int count(List<Outcome> outcomes, Predicate<Outcome> test) {
        return (int) outcomes.stream().filter(test).count();
    }
}
