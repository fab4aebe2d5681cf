package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a text is about minerals and metals, the subject of the resolution, which leaves mineral fuels
 * out. The rule, in order:
 * <ol>
 *   <li>a mineral or metal anchor (minerals, metals, ores, copper, 铜...) puts the text in scope, unless fuel terms
 *       are at least three times as frequent (oil sands tailings water "containing hydrocarbons and metals");</li>
 *   <li>otherwise, fuel terms (coal, oil, gas, 煤炭, нефть...) put it out of scope: its mining is about fuels;</li>
 *   <li>otherwise, mining in general (mining, minería, 采矿...) puts it in scope;</li>
 *   <li>otherwise it is out of scope: nothing in it is about minerals, metals or mining.</li>
 * </ol>
 * A fuel term cancels the anchors and mining terms it contains, so "coal mining" and "mineral fuels" count as fuel only.
 * Tailings and mine waste are mining terms, not anchors: coal and oil sands have tailings too. The longest term wins
 * where terms overlap, so "heavy metals" (a pollutant, also of coal ash) is a mining term, not the anchor "metals".
 */
final class ScopeJudge {

    static final String NO_ANCHOR = "no mention of minerals, metals or mining";
    static final String FUELS_ONLY = "only mineral fuels, which are out of scope, are discussed: ";
    private static final int FUELS_NAMED = 3;
    /** Fuel mentions this many times as frequent as anchors make a fuel text that names metals in passing. */
    private static final int FUEL_DOMINANCE = 3;

    private final StemmedLexicon<Taxonomy.ScopeKind> lexicon;

    ScopeJudge(Taxonomy taxonomy, LanguageAnalyzers analyzers) {
        this.lexicon = new StemmedLexicon<>(taxonomy.scopeTerms().stream()
                .map(term -> new StemmedLexicon.Entry<>(term.language(), term.term(), term.kind())).toList(), analyzers);
    }

    /** The verdict: {@code outOfScope} with a reason, or in scope with a null reason. */
    record Verdict(boolean outOfScope, String reason) {
        static final Verdict IN_SCOPE = new Verdict(false, null);
    }

    Verdict judge(List<AnalysedField> fields) {
        List<Match<Taxonomy.ScopeKind>> fuels = new ArrayList<>();
        List<Match<Taxonomy.ScopeKind>> others = new ArrayList<>();
        for (Match<Taxonomy.ScopeKind> match : lexicon.find(fields)) {
            (match.payload() == Taxonomy.ScopeKind.FUEL ? fuels : others).add(match);
        }
        if (fuels.isEmpty()) {
            // without fuels any anchor or mining term decides, and which of overlapping terms stands does not matter:
            // the common case, spared reducing a long page's hundreds of metal names to the longest
            return others.isEmpty() ? new Verdict(true, NO_ANCHOR) : Verdict.IN_SCOPE;
        }
        List<Match<Taxonomy.ScopeKind>> fuelsInOrder = Match.longestFirst(fuels);
        List<Match<Taxonomy.ScopeKind>> standing = Match.longestFirst(others).stream()
                .filter(m -> !Match.overlapsAnyInOrder(m, fuelsInOrder)).toList();
        long anchors = standing.stream().filter(m -> m.payload() == Taxonomy.ScopeKind.ANCHOR).count();
        if (anchors > 0 && fuels.size() < FUEL_DOMINANCE * anchors) {
            return Verdict.IN_SCOPE;
        }
        if (!fuels.isEmpty()) {
            Set<String> named = new LinkedHashSet<>();
            fuelsInOrder.forEach(m -> named.add(m.term()));
            return new Verdict(true, FUELS_ONLY + String.join(", ", named.stream().limit(FUELS_NAMED).toList()));
        }
        if (!standing.isEmpty()) {
            return Verdict.IN_SCOPE;
        }
        return new Verdict(true, NO_ANCHOR);
    }
}
