package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.CountryAliases;
import dev.assay.classification.engine.ResolutionCatalogue;
import dev.assay.classification.engine.Taxonomy;
import dev.assay.classification.engine.ThemeModel;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Theme;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the classifier's data files. Checks are strict because a typo in a data file would otherwise
 * silently stop a theme or a language from ever matching: unknown fields, unknown theme ids, languages outside the
 * six, non-positive weights, a theme without terms, a scope without anchors or fuels, duplicate resolution ids,
 * description markers of a session no resolution was adopted at (see {@link ResolutionsFile}) and aliases of unknown
 * countries are all refused with a message naming the place.
 */
public final class TaxonomyFiles {

    public static final String LEXICON = "taxonomy/taxonomy.json";
    public static final String RESOLUTIONS = "taxonomy/resolutions.json";
    public static final String COUNTRIES = "taxonomy/countries.json";
    public static final String MODEL = "taxonomy/theme-model.json";
    public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TaxonomyFiles() {
    }

    public static Taxonomy readTaxonomy(InputStream in) {
        TaxonomyFile file = read(in, TaxonomyFile.class, LEXICON);
        require(file.version() != null && !file.version().isBlank(), "taxonomy version is missing");
        require(file.scoring() != null, "scoring is missing");
        require(file.themes() != null && file.scope() != null, "themes and scope are required");
        List<Taxonomy.ThemeTerm> themeTerms = new ArrayList<>();
        file.themes().forEach((themeId, byLanguage) -> {
            Theme theme = Theme.fromId(themeId);
            byLanguage.forEach((language, byWeight) -> {
                requireLanguage(language, "theme " + themeId);
                byWeight.forEach((weight, terms) -> terms.forEach(term ->
                        themeTerms.add(new Taxonomy.ThemeTerm(theme, language, term, weightOf(weight, themeId)))));
            });
        });
        for (Theme theme : Theme.values()) {
            require(themeTerms.stream().anyMatch(t -> t.theme() == theme), "theme " + theme.id() + " has no terms");
        }
        List<Taxonomy.ScopeTerm> scopeTerms = new ArrayList<>();
        addScope(scopeTerms, Taxonomy.ScopeKind.ANCHOR, file.scope().anchors());
        addScope(scopeTerms, Taxonomy.ScopeKind.MINING, file.scope().mining());
        addScope(scopeTerms, Taxonomy.ScopeKind.FUEL, file.scope().fuels());
        for (Taxonomy.ScopeKind kind : List.of(Taxonomy.ScopeKind.ANCHOR, Taxonomy.ScopeKind.FUEL)) {
            require(scopeTerms.stream().anyMatch(t -> t.kind() == kind), "scope has no " + kind + " terms");
        }
        return new Taxonomy(file.version(), file.scoring(), themeTerms, scopeTerms, negationOf(file.negation()),
                carriersOf(file.carriers()));
    }

    private static Taxonomy.Carriers carriersOf(TaxonomyFile.Carriers carriers) {
        if (carriers == null) {
            return Taxonomy.Carriers.NONE;
        }
        require(carriers.window() > 0, "carrier window must be positive");
        Map<Theme, List<Taxonomy.NegationTerm>> byTheme = new java.util.EnumMap<>(Theme.class);
        (carriers.themes() == null ? Map.<String, Map<String, List<String>>>of() : carriers.themes())
                .forEach((themeId, terms) -> {
                    List<Taxonomy.NegationTerm> list = new ArrayList<>();
                    addNegation(list, Taxonomy.NegationKind.CUE, terms);
                    byTheme.put(Theme.fromId(themeId), list);
                });
        return new Taxonomy.Carriers(carriers.window(), byTheme);
    }

    private static Taxonomy.Negation negationOf(TaxonomyFile.Negation negation) {
        if (negation == null) {
            return Taxonomy.Negation.NONE;
        }
        require(negation.window() > 0, "negation window must be positive");
        List<Taxonomy.NegationTerm> terms = new ArrayList<>();
        addNegation(terms, Taxonomy.NegationKind.CUE, negation.cues());
        addNegation(terms, Taxonomy.NegationKind.EXCEPTION, negation.exceptions());
        addNegation(terms, Taxonomy.NegationKind.BREAK, negation.breaks());
        return new Taxonomy.Negation(negation.window(), terms);
    }

    private static void addNegation(List<Taxonomy.NegationTerm> into, Taxonomy.NegationKind kind,
                                    Map<String, List<String>> byLanguage) {
        if (byLanguage == null) {
            return;
        }
        byLanguage.forEach((language, terms) -> {
            requireLanguage(language, "negation " + kind);
            terms.forEach(term -> into.add(new Taxonomy.NegationTerm(kind, language, term)));
        });
    }

    public static ResolutionCatalogue readResolutions(InputStream in) {
        return read(in, ResolutionsFile.class, RESOLUTIONS).catalogue();
    }

    public static CountryAliases readCountryAliases(InputStream in) {
        CountriesFile file = read(in, CountriesFile.class, COUNTRIES);
        Map<String, List<String>> aliases = file.aliases() == null ? Map.of() : file.aliases();
        aliases.keySet().forEach(code -> require(Countries.reference().isCode(code), "alias for unknown country " + code));
        return new CountryAliases(aliases, file.ignoredNames(), file.exclusions());
    }

    public static ThemeModel readThemeModel(InputStream in) {
        ThemeModel model = read(in, ThemeModel.class, MODEL);
        require(model != null, "the theme model file is empty");
        return model;
    }

    /** The shipped data files without the theme model: what the model is trained from. */
    public static ClassifierData withoutModel() {
        return new ClassifierData(readTaxonomy(open(LEXICON)), readResolutions(open(RESOLUTIONS)),
                readCountryAliases(open(COUNTRIES)), null);
    }

    /** The data files shipped in this module's resources; no model if none is shipped. */
    public static ClassifierData defaults() {
        InputStream model = TaxonomyFiles.class.getClassLoader().getResourceAsStream(MODEL);
        return new ClassifierData(readTaxonomy(open(LEXICON)), readResolutions(open(RESOLUTIONS)),
                readCountryAliases(open(COUNTRIES)), model == null ? null : readThemeModel(model));
    }

    /** The data files, read; {@code model} may be null (themes tagged by threshold and dominance). */
    public record ClassifierData(Taxonomy taxonomy, ResolutionCatalogue resolutions, CountryAliases countryAliases,
                                 ThemeModel model) {
    }

    private static void addScope(List<Taxonomy.ScopeTerm> into, Taxonomy.ScopeKind kind, Map<String, List<String>> byLanguage) {
        if (byLanguage == null) {
            return;
        }
        byLanguage.forEach((language, terms) -> {
            requireLanguage(language, "scope " + kind);
            terms.forEach(term -> into.add(new Taxonomy.ScopeTerm(kind, language, term)));
        });
    }

    private static double weightOf(String key, String themeId) {
        try {
            double weight = Double.parseDouble(key);
            require(weight > 0 && Double.isFinite(weight), "theme " + themeId + ": weight must be positive: " + key);
            return weight;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("theme " + themeId + ": weight is not a number: " + key, e);
        }
    }

    static void requireLanguage(String language, String where) {
        require(LANGUAGES.contains(language), where + ": language " + language + " is not one of "
                + Arrays.toString(LANGUAGES.stream().sorted().toArray()));
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("invalid classifier data: " + message);
        }
    }

    private static <T> T read(InputStream in, Class<T> type, String name) {
        try (InputStream stream = in) {
            return MAPPER.readValue(stream, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TaxonomyFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }
}
