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
 * Scores each theme from the weights of its terms found in the text ({@code score = 1 - exp(-sum / scale)}) and tags
 * those at or above the threshold that the {@link ThemeModel} accepts or, without a model, that are not dwarfed by
 * the strongest theme (the dominance share); highest score first, each with the evidence that earned it. A term
 * denied by a negation before it ("does not address tailings reprocessing") is not evidence, nor is a term that names
 * what capacity support teaches or finances ("training in environmental impact assessment"). A declared theme is never
 * a tag by itself: it only adds the prior to a theme the text already speaks to. Words inside a quoted resolution
 * title ("...strengthening international cooperation on environmentally sound management of minerals and metals")
 * name the resolution, not a theme the sender addresses, so they are not evidence.
 */
final class ThemeScorer {

    private static final Comparator<Match<Taxonomy.ThemeTerm>> HEAVIEST_FIRST = Comparator
            .<Match<Taxonomy.ThemeTerm>>comparingDouble(m -> -m.payload().weight())
            .thenComparing(Match.DOCUMENT_ORDER);

    private static final int THEMES = Theme.values().length;

    private final StemmedLexicon<Taxonomy.ThemeTerm> lexicon;
    private final NegationRule negation;
    private final Map<Theme, NegationRule> carriers = new EnumMap<>(Theme.class);
    private final Taxonomy.Scoring scoring;
    private final ThemeModel model;

    /** @param model decides the tags from the evidence; null to decide by threshold and dominance */
    ThemeScorer(Taxonomy taxonomy, LanguageAnalyzers analyzers, ThemeModel model) {
        if (model != null && !model.taxonomyVersion().equals(taxonomy.version())) {
            throw new IllegalArgumentException("the theme model was trained with taxonomy " + model.taxonomyVersion()
                    + ", not " + taxonomy.version() + ": train it again (-Ptrain-model)");
        }
        this.model = model;
        this.negation = new NegationRule(taxonomy.negation(), analyzers);
        taxonomy.carriers().terms().forEach((theme, terms) -> carriers.put(theme,
                new NegationRule(taxonomy.carriers().window(), terms, taxonomy.negation(), analyzers)));
        this.lexicon = new StemmedLexicon<>(taxonomy.themeTerms().stream()
                .map(term -> new StemmedLexicon.Entry<>(term.language(), term.term(), term)).toList(), analyzers);
        this.scoring = taxonomy.scoring();
    }

    List<ThemeTag> tags(List<AnalysedField> fields, Collection<Theme> declared, List<? extends Match<?>> quoted) {
        Map<Theme, List<Match<Taxonomy.ThemeTerm>>> distinct = evidenceOf(fields, quoted);
        Map<Theme, ThemeFeatures.Evidence> evidence = summed(distinct, declared, fields);
        Map<Theme, double[]> features = model == null ? Map.of() : ThemeFeatures.of(evidence);
        double strongest = evidence.values().stream().mapToDouble(ThemeFeatures.Evidence::sum).max().orElse(0);
        List<ThemeTag> tags = new ArrayList<>();
        evidence.forEach((theme, e) -> {
            double score = score(e.sum());
            boolean tagged = score >= scoring.threshold() && (model != null
                    ? model.probability(theme, features.get(theme)) >= model.threshold()
                    : e.sum() >= scoring.dominance() * strongest);
            if (tagged) {
                tags.add(new ThemeTag(theme, score, evidence(distinct.get(theme))));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        return tags;
    }

    /** The model's inputs for each theme of the text: what {@link ThemeModel} is trained on. */
    Map<Theme, double[]> features(List<AnalysedField> fields, Collection<Theme> declared,
                                  List<? extends Match<?>> quoted) {
        return ThemeFeatures.of(summed(evidenceOf(fields, quoted), declared, fields));
    }

    private Map<Theme, ThemeFeatures.Evidence> summed(Map<Theme, List<Match<Taxonomy.ThemeTerm>>> distinct,
                                                      Collection<Theme> declared, List<AnalysedField> fields) {
        int sentences = Math.max(1, fields.stream().mapToInt(AnalysedField::sentences).sum());
        Map<Theme, ThemeFeatures.Evidence> evidence = new EnumMap<>(Theme.class);
        distinct.forEach((theme, matches) -> evidence.put(theme, sum(matches,
                declared.contains(theme) ? scoring.declaredThemePrior() : 0, sentences)));
        return evidence;
    }

    /**
     * The theme terms found, by theme, overlapping ones reduced to the longest, leaving out words of quoted
     * resolution titles, denied terms and terms carried by another theme.
     */
    Map<Theme, List<Match<Taxonomy.ThemeTerm>>> evidenceOf(List<AnalysedField> fields,
                                                           List<? extends Match<?>> quoted) {
        Map<Theme, List<Match<Taxonomy.ThemeTerm>>> byTheme = new EnumMap<>(Theme.class);
        NegationRule.Scope negated = negation.scopeIn(fields);
        // by theme ordinal, null for a theme without carriers: asked for every match, where a map's iterators cost more
        NegationRule.Scope[] carried = new NegationRule.Scope[THEMES];
        carriers.forEach((theme, rule) -> carried[theme.ordinal()] = rule.scopeIn(fields));
        for (Match<Taxonomy.ThemeTerm> match : lexicon.find(fields)) {
            if (overlapsAny(match, quoted) || negated.denies(match)
                    || carriedByAnotherTheme(match, carried)) {
                continue;
            }
            byTheme.computeIfAbsent(match.payload().theme(), t -> new ArrayList<>()).add(match);
        }
        byTheme.replaceAll((theme, matches) -> Match.longestFirst(matches));
        return byTheme;
    }

    private static boolean overlapsAny(Match<?> match, List<? extends Match<?>> others) {
        for (Match<?> other : others) {
            if (match.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriedByAnotherTheme(Match<Taxonomy.ThemeTerm> match, NegationRule.Scope[] carried) {
        int own = match.payload().theme().ordinal();
        for (int theme = 0; theme < carried.length; theme++) {
            if (theme != own && carried[theme] != null && carried[theme].denies(match)) {
                return true;
            }
        }
        return false;
    }

    private double score(double sum) {
        return round(1 - Math.exp(-sum / scoring.scale()));
    }

    /**
     * Each further occurrence of a term counts {@code repeatFactor} times the previous one; a term in the subject
     * line counts {@code subjectFactor} times; a declared theme adds its prior.
     */
    private ThemeFeatures.Evidence sum(List<Match<Taxonomy.ThemeTerm>> matches, double prior, int sentences) {
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<Long> inSentences = new java.util.HashSet<>();
        double sum = prior;
        double subject = 0;
        double strongest = 0;
        for (Match<Taxonomy.ThemeTerm> match : matches) {
            int occurrence = seen.merge(match.term(), 1, Integer::sum) - 1;
            boolean inSubject = match.field().order() == 0;
            double weight = match.payload().weight() * (inSubject ? scoring.subjectFactor() : 1)
                    * Math.pow(scoring.repeatFactor(), occurrence);
            sum += weight;
            subject += inSubject ? weight : 0;
            strongest = Math.max(strongest, match.payload().weight());
            inSentences.add(((long) match.field().order() << 32) | match.field().sentenceAt(match.start()));
        }
        return new ThemeFeatures.Evidence(sum, subject, seen.size(), strongest,
                Math.min(1.0, (double) inSentences.size() / sentences));
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
