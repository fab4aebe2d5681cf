package dev.assay.classification.evaluation;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.LinguaLanguageIdentifier;
import dev.assay.classification.taxonomy.TaxonomyFiles;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Theme;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Classifies every item of the development set with the shipped taxonomy and prints the scores on the tuning part,
 * the held-out part and the whole set, then the items it got wrong. Which errors are listed is chosen with
 * {@code -Dassay.evaluation.errors=tuning|held-out|all|none} (default {@code tuning}: the lexicon is tuned on those
 * only, so that the held-out scores stay honest). {@code -Dassay.evaluation.model=none} scores the rules alone
 * (threshold and dominance), without the theme model. {@code -Dassay.evaluation.set=realistic} scores the realistic
 * set ({@code devset-realistic}) instead of the first one. {@code -Dassay.evaluation.blind=true} scores the tuning
 * part alone, for whoever tunes.
 */
public final class DevSetEvaluation {

    static final String ERRORS_PROPERTY = "assay.evaluation.errors";
    static final String MODEL_PROPERTY = "assay.evaluation.model";
    static final String SET_PROPERTY = "assay.evaluation.set";
    /**
     * {@code -Dassay.evaluation.blind=true}: classify and report the tuning part only. Whoever tunes the lexicon or the
     * trainer works blind, so that no held-out outcome, not even a pass or a fail, steers the change.
     */
    static final String BLIND_PROPERTY = "assay.evaluation.blind";

    private DevSetEvaluation() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean rulesOnly = "none".equals(System.getProperty(MODEL_PROPERTY));
        boolean realistic = "realistic".equals(System.getProperty(SET_PROPERTY));
        boolean blind = Boolean.getBoolean(BLIND_PROPERTY);
        DevSet set = realistic ? DevSet.realistic() : DevSet.load();
        List<Outcome> outcomes = run(shipped(rulesOnly), set, blind);
        print(out, (realistic ? "realistic set, " : "first set, ") + "taxonomy "
                + TaxonomyFiles.withoutModel().taxonomy().version()
                + (rulesOnly ? " (rules only: threshold and dominance)" : " with its theme model")
                + (blind ? ", blind (tuning part only)" : ""), outcomes, blind);
        printErrors(out, outcomes, blind ? "tuning" : System.getProperty(ERRORS_PROPERTY, "tuning"));
    }

    /** The classifier built from the shipped data files, with the shipped theme model unless {@code rulesOnly}. */
    static CommunicationClassifier shipped(boolean rulesOnly) {
        TaxonomyFiles.ClassifierData data = rulesOnly ? TaxonomyFiles.withoutModel() : TaxonomyFiles.defaults();
        return new CommunicationClassifier(data.taxonomy(), data.resolutions(), data.countryAliases(), data.model(),
                new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
    }

    static List<Outcome> run(CommunicationClassifier classifier, DevSet set) {
        return run(classifier, set, false);
    }

    private static List<Outcome> run(CommunicationClassifier classifier, DevSet set, boolean tuningOnly) {
        return set.items().stream()
                .filter(item -> !tuningOnly || set.partOf(item) == DevSet.Part.TUNING)
                .map(item -> new Outcome(item, set.partOf(item), classifier.classify(item.toCommunication()),
                        classifier.themeProbabilities(item.toCommunication())))
                .toList();
    }

    static List<Outcome> part(List<Outcome> outcomes, DevSet.Part part) {
        return outcomes.stream().filter(o -> o.part() == part).toList();
    }

    private static void print(PrintStream out, String classifier, List<Outcome> outcomes, boolean blind) {
        Scores tuning = Scores.of(part(outcomes, DevSet.Part.TUNING));
        Scores heldOut = Scores.of(part(outcomes, DevSet.Part.HELD_OUT));
        Scores all = Scores.of(outcomes);
        List<Scores> columns = blind ? List.of(tuning) : List.of(tuning, heldOut, all);
        out.printf(Locale.ROOT, "%nDev set evaluation, %s: %d items (tuning %d, held-out %d)%n%n",
                classifier, all.items(), tuning.items(), heldOut.items());
        out.println(blind ? "| metric | tuning |" : "| metric | tuning | held-out | all |");
        out.println(blind ? "| --- | --- |" : "| --- | --- | --- | --- |");
        row(out, "**macro-F1**", columns, s -> f(s.macroF1()));
        for (Theme theme : Theme.values()) {
            row(out, theme.id() + " P / R / F1", columns, s -> prf(s.themes().get(theme)));
        }
        Set<String> languages = new TreeSet<>(all.macroF1ByLanguage().keySet());
        for (String language : languages) {
            row(out, "macro-F1 " + language, columns, s -> f(s.macroF1ByLanguage().getOrDefault(language, Double.NaN)));
        }
        row(out, "out-of-scope false positives (in scope marked out)", columns,
                s -> ratio(s.inScopeMarkedOut(), s.inScope()));
        row(out, "out-of-scope recall", columns, s -> ratio(s.outOfScopeMarkedOut(), s.outOfScope()));
        row(out, "off-topic false positives (out-of-scope items tagged with a theme)", columns,
                s -> ratio(s.outOfScope() - s.outOfScopeMarkedOut(), s.outOfScope()));
        row(out, "resolutions: exact set per item", columns, s -> ratio(s.resolutionsExact(), s.items()));
        row(out, "resolutions: micro P / R / F1", columns, s -> prf(s.resolutions()));
        row(out, "countries: exact set per item", columns, s -> ratio(s.countriesExact(), s.items()));
        row(out, "countries: micro P / R / F1", columns, s -> prf(s.countries()));
        row(out, "language identified", columns, s -> ratio(s.languagesRight(), s.items()));
        row(out, "items entirely right", columns, s -> ratio(s.itemsCorrect(), s.items()));
        List<Calibration> calibration = blind ? List.of(Calibration.of(outcomes))
                : List.of(Calibration.of(part(outcomes, DevSet.Part.TUNING)),
                        Calibration.of(part(outcomes, DevSet.Part.HELD_OUT)), Calibration.of(outcomes));
        out.println("| theme probabilities: calibration error (ECE, 10 bins; pairs) | " + calibration.stream()
                .map(c -> f(c.error()) + " (" + c.pairs() + ")").collect(Collectors.joining(" | ")) + " |");
    }

    private static void printErrors(PrintStream out, List<Outcome> outcomes, String which) {
        List<Outcome> shown = switch (which) {
            case "none" -> List.of();
            case "all" -> outcomes;
            case "held-out" -> part(outcomes, DevSet.Part.HELD_OUT);
            default -> part(outcomes, DevSet.Part.TUNING);
        };
        List<Outcome> wrong = shown.stream().filter(o -> !o.correct()).toList();
        out.printf(Locale.ROOT, "%nErrors (%s part: %d of %d items)%n", which, wrong.size(), shown.size());
        wrong.forEach(o -> out.println(describe(o)));
    }

    static String describe(Outcome o) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "- %s [%s, %s]", o.item().id(),
                o.part() == DevSet.Part.TUNING ? "tuning" : "held-out", o.item().sort()));
        if (!o.scopeRight()) {
            line.append(o.classification().outOfScope() ? " OUT OF SCOPE (" + o.classification().outOfScopeReason() + ")"
                    : " IN SCOPE, expected out");
        }
        if (!o.themesExact()) {
            line.append(" themes expected ").append(o.item().expected().themes()).append(" got ")
                    .append(o.classification().themes().stream().map(DevSetEvaluation::tag).toList());
        }
        if (!o.resolutionsExact()) {
            line.append(" resolutions expected ").append(o.item().expected().resolutions()).append(" got ")
                    .append(o.classification().resolutions());
        }
        if (!o.countriesExact()) {
            line.append(" countries expected ").append(o.item().expected().countries()).append(" got ")
                    .append(o.classification().countriesMentioned());
        }
        if (!o.languageRight()) {
            line.append(" language ").append(o.classification().language());
        }
        return line.toString();
    }

    private static String tag(ThemeTag tag) {
        return tag.id().id() + " " + f(tag.score()) + " " + tag.evidence().stream().map(e -> e.term())
                .collect(Collectors.joining("|", "{", "}"));
    }

    private static void row(PrintStream out, String name, List<Scores> columns, Function<Scores, String> value) {
        out.println("| " + name + " | " + columns.stream().map(value).collect(Collectors.joining(" | ")) + " |");
    }

    private static String prf(Counts c) {
        return f(c.precision()) + " / " + f(c.recall()) + " / " + f(c.f1());
    }

    private static String ratio(int count, int of) {
        return String.format(Locale.ROOT, "%d/%d = %.1f%%", count, of, of == 0 ? 0 : 100.0 * count / of);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
