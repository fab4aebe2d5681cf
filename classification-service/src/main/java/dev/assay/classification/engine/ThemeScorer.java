package dev.assay.classification.engine;

import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores each theme from the weights of its terms found in the text and tags those at or above the threshold and
 * not dwarfed by the strongest theme (the dominance share), highest score first, each with the evidence that earned
 * it. A term denied by a negation before it ("does not address tailings reprocessing") is not evidence. A declared theme is never a tag by itself: it only
 * adds the prior to a theme the text already speaks to. Words inside a quoted resolution title ("...strengthening
 * international cooperation on environmentally sound management of minerals and metals") name the resolution, not
 * a theme the sender addresses, so they are not evidence.
 */
final class ThemeScorer {

    private static final Comparator<Match<Taxonomy.ThemeTerm>> HEAVIEST_FIRST = Comparator
            .<Match<Taxonomy.ThemeTerm>>comparingDouble(m -> -m.payload().weight())
            .thenComparing(Match.DOCUMENT_ORDER);

    private final StemmedLexicon<Taxonomy.ThemeTerm> lexicon;
    private final NegationRule negation;
    private final Taxonomy.Scoring scoring;

    ThemeScorer(Taxonomy taxonomy, LanguageAnalyzers analyzers) {
        this.negation = new NegationRule(taxonomy.negation(), analyzers);
        this.lexicon = new StemmedLexicon<>(taxonomy.themeTerms().stream()
                .map(term -> new StemmedLexicon.Entry<>(term.language(), term.term(), term)).toList(), analyzers);
        this.scoring = taxonomy.scoring();
    }

    List<ThemeTag> tags(List<AnalysedField> fields, Collection<Theme> declared, List<? extends Match<?>> quoted) {
        Map<Theme, List<Match<Taxonomy.ThemeTerm>>> byTheme = new EnumMap<>(Theme.class);
        NegationRule.Scope negated = negation.scopeIn(fields);
        for (Match<Taxonomy.ThemeTerm> match : lexicon.find(fields)) {
            if (quoted.stream().anyMatch(match::overlaps) || negated.denies(match)) {
                continue;
            }
            byTheme.computeIfAbsent(match.payload().theme(), t -> new ArrayList<>()).add(match);
        }
        Map<Theme, List<Match<Taxonomy.ThemeTerm>>> distinct = new EnumMap<>(Theme.class);
        Map<Theme, Double> sums = new EnumMap<>(Theme.class);
        byTheme.forEach((theme, matches) -> {
            distinct.put(theme, Match.longestFirst(matches));
            sums.put(theme, weightOf(distinct.get(theme)) + (declared.contains(theme) ? scoring.declaredThemePrior() : 0));
        });
        double strongest = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<ThemeTag> tags = new ArrayList<>();
        sums.forEach((theme, sum) -> {
            double score = score(sum);
            if (score >= scoring.threshold() && sum >= scoring.dominance() * strongest) {
                tags.add(new ThemeTag(theme, score, evidence(distinct.get(theme))));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        return tags;
    }

    private double score(double sum) {
        return round(1 - Math.exp(-sum / scoring.scale()));
    }

    /**
     * Each further occurrence of a term counts {@code repeatFactor} times the previous one; a term in the subject
     * line counts {@code subjectFactor} times.
     */
    private double weightOf(List<Match<Taxonomy.ThemeTerm>> matches) {
        Map<String, Integer> seen = new HashMap<>();
        double sum = 0;
        for (Match<Taxonomy.ThemeTerm> match : matches) {
            int occurrence = seen.merge(match.term(), 1, Integer::sum) - 1;
            double inField = match.field().order() == 0 ? scoring.subjectFactor() : 1;
            sum += match.payload().weight() * inField * Math.pow(scoring.repeatFactor(), occurrence);
        }
        return sum;
    }

    private List<Evidence> evidence(List<Match<Taxonomy.ThemeTerm>> matches) {
        List<Match<Taxonomy.ThemeTerm>> strongest = new ArrayList<>(matches);
        strongest.sort(HEAVIEST_FIRST);
        List<Match<Taxonomy.ThemeTerm>> kept = new ArrayList<>(
                strongest.subList(0, Math.min(scoring.maxEvidencePerTheme(), strongest.size())));
        kept.sort(Match.DOCUMENT_ORDER);
        return kept.stream().map(m -> m.evidence(m.term())).toList();
    }

    private static double round(double score) {
        return Math.min(1.0, Math.round(score * 100) / 100.0);
    }
}
