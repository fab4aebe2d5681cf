package dev.assay.classification.engine;

import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores each theme from the weights of its terms found in the text, in the whole text and in each of its
 * {@link Passages}, and tags those that one passage carries on its own (its sum scores
 * {@code 1 - exp(-sum / scale)} at or above the taxonomy's threshold) and that the {@link ThemeModel} gives at least the
 * theme's threshold or, without a model, that are not dwarfed by the strongest theme (the dominance share); most
 * likely first, each with the evidence of its carrying passages. A term denied by a negation before it ("does not
 * address tailings reprocessing") is not evidence, nor is a term that names what capacity support teaches or finances
 * ("training in environmental impact assessment"). A declared theme is never a tag by itself: it only adds the prior
 * to a theme the text already speaks to. Words inside a resolution's title or description ("...strengthening
 * international cooperation on environmentally sound management of minerals and metals") name the resolution, not a
 * theme the sender addresses, so they are not evidence.
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

    /** @param model decides the tags from the evidence; null to decide by passages, threshold and dominance */
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

    /** @param quoted the resolution references, in document order and not overlapping, whose words are not evidence */
    List<ThemeTag> tags(List<AnalysedField> fields, Collection<Theme> declared, List<? extends Match<?>> quoted) {
        Map<Theme, List<Match<Taxonomy.ThemeTerm>>> distinct = evidenceOf(fields, quoted);
        Map<Theme, Summed> summed = summed(distinct, declared, fields);
        Map<Theme, ThemeFeatures.Evidence> evidence = evidenceOnly(summed);
        Map<Theme, double[]> features = model == null ? Map.of() : ThemeFeatures.of(evidence);
        double strongest = evidence.values().stream().mapToDouble(ThemeFeatures.Evidence::sum).max().orElse(0);
        List<ThemeTag> tags = new ArrayList<>();
        summed.forEach((theme, theirs) -> {
            ThemeFeatures.Evidence e = theirs.evidence();
            if (!theirs.carried()) {
                return;
            }
            double probability = model == null ? Double.NaN : model.probability(theme, features.get(theme));
            boolean tagged = model != null ? probability >= model.threshold(theme)
                    : e.sum() >= scoring.dominance() * strongest;
            if (tagged) {
                tags.add(new ThemeTag(theme, model != null ? round(probability) : score(e.sum()),
                        evidence(distinct.get(theme), theirs)));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        return tags;
    }

    /**
     * The model's inputs for each theme a passage of the text carries: what {@link ThemeModel} is trained on, since
     * a theme no passage carries is never tagged, whatever its probability.
     */
    Map<Theme, double[]> features(List<AnalysedField> fields, Collection<Theme> declared,
                                  List<? extends Match<?>> quoted) {
        Map<Theme, Summed> summed = summed(evidenceOf(fields, quoted), declared, fields);
        Map<Theme, double[]> features = ThemeFeatures.of(evidenceOnly(summed));
        features.keySet().removeIf(theme -> !summed.containsKey(theme) || !summed.get(theme).carried());
        return features;
    }

    /**
     * Each theme's probability by the model, 0 for a theme no passage carries, as the tags are decided; for
     * measuring how well the probabilities are calibrated.
     */
    Map<Theme, Double> probabilities(List<AnalysedField> fields, Collection<Theme> declared,
                                     List<? extends Match<?>> quoted) {
        Map<Theme, Summed> summed = summed(evidenceOf(fields, quoted), declared, fields);
        Map<Theme, double[]> features = ThemeFeatures.of(evidenceOnly(summed));
        Map<Theme, Double> probabilities = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            Summed theirs = summed.get(theme);
            probabilities.put(theme, model == null || theirs == null || !theirs.carried() ? 0.0
                    : model.probability(theme, features.get(theme)));
        }
        return probabilities;
    }

    /** A theme's evidence summed, with what each passage that holds some of it holds. */
    private record Summed(ThemeFeatures.Evidence evidence, Map<Long, Double> byPassage, double level) {

        /**
         * Whether a passage carries the theme: its evidence alone reaches {@code level}, the sum the taxonomy's
         * threshold asks of a theme. A word in passing in a long text does not, however many passages repeat it.
         */
        boolean carried() {
            return evidence.strongestPassageSum() >= level;
        }

        /** The passages in order of how much they hold, most first, then in document order. */
        List<Long> passagesStrongestFirst() {
            List<Long> passages = new ArrayList<>(byPassage.keySet());
            passages.sort(Comparator.<Long>comparingDouble(p -> -byPassage.get(p)).thenComparing(p -> p));
            return passages;
        }
    }

    private static Map<Theme, ThemeFeatures.Evidence> evidenceOnly(Map<Theme, Summed> summed) {
        Map<Theme, ThemeFeatures.Evidence> evidence = new EnumMap<>(Theme.class);
        summed.forEach((theme, theirs) -> evidence.put(theme, theirs.evidence()));
        return evidence;
    }

    private Map<Theme, Summed> summed(Map<Theme, List<Match<Taxonomy.ThemeTerm>>> distinct,
                                      Collection<Theme> declared, List<AnalysedField> fields) {
        int sentences = 0;
        int passages = 0;
        for (AnalysedField field : fields) {
            sentences += field.sentences();
            passages += field.original().isBlank() ? 0 : field.passages().count();
        }
        int allSentences = Math.max(1, sentences);
        int allPassages = Math.max(1, passages);
        // the sum whose score is the taxonomy's threshold: what one passage must hold to carry a theme
        double level = -scoring.scale() * Math.log(1 - scoring.threshold());
        Map<Theme, Summed> summed = new EnumMap<>(Theme.class);
        distinct.forEach((theme, matches) -> summed.put(theme, sum(matches,
                declared.contains(theme) ? scoring.declaredThemePrior() : 0, allSentences, allPassages, level)));
        return summed;
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
            if (Match.overlapsAnyInOrder(match, quoted) || negated.denies(match)
                    || carriedByAnotherTheme(match, carried)) {
                continue;
            }
            byTheme.computeIfAbsent(match.payload().theme(), t -> new ArrayList<>()).add(match);
        }
        byTheme.replaceAll((theme, matches) -> Match.longestFirst(matches));
        return byTheme;
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
     * line counts {@code subjectFactor} times; a declared theme adds its prior to the whole, not to a passage.
     */
    private Summed sum(List<Match<Taxonomy.ThemeTerm>> matches, double prior, int sentences, int passages,
                       double level) {
        Map<String, Integer> seen = new HashMap<>();
        Set<Long> inSentences = new HashSet<>();
        Map<Long, Double> byPassage = new HashMap<>();
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
            byPassage.merge(passageOf(match), weight, Double::sum);
        }
        double strongestPassage = 0;
        int carrying = 0;
        for (double passage : byPassage.values()) {
            strongestPassage = Math.max(strongestPassage, passage);
            carrying += passage >= level ? 1 : 0;
        }
        return new Summed(new ThemeFeatures.Evidence(sum, subject, seen.size(), strongest,
                Math.min(1.0, (double) inSentences.size() / sentences), strongestPassage,
                Math.min(1.0, (double) carrying / passages)), byPassage, level);
    }

    private static long passageOf(Match<?> match) {
        return ((long) match.field().order() << 32) | match.field().passages().indexAt(match.start());
    }

    /**
     * The heaviest matches of the passages that carry the theme, the strongest passage first, each naming its
     * passage; in document order.
     */
    private List<Evidence> evidence(List<Match<Taxonomy.ThemeTerm>> matches, Summed summed) {
        List<Match<Taxonomy.ThemeTerm>> kept = new ArrayList<>();
        for (long passage : summed.passagesStrongestFirst()) {
            if (kept.size() == scoring.maxEvidencePerTheme() || summed.byPassage().get(passage) < summed.level()) {
                break;
            }
            List<Match<Taxonomy.ThemeTerm>> heaviest = new ArrayList<>();
            for (Match<Taxonomy.ThemeTerm> match : matches) {
                if (passageOf(match) == passage) {
                    heaviest.add(match);
                }
            }
            heaviest.sort(HEAVIEST_FIRST);
            kept.addAll(heaviest.subList(0, Math.min(scoring.maxEvidencePerTheme() - kept.size(), heaviest.size())));
        }
        kept.sort(Match.DOCUMENT_ORDER);
        return kept.stream().map(m -> m.evidence(m.term())
                .in(m.field().passages().passage(m.field().passages().indexAt(m.start())))).toList();
    }

    private static double round(double score) {
        return Math.min(1.0, Math.round(score * 100) / 100.0);
    }
}
