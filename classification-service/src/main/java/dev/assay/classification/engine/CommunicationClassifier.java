package dev.assay.classification.engine;

import dev.assay.contracts.events.Attachment;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Mention;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies a communication: language, themes with evidence, scope, resolutions and countries referred to, the
 * submitter's region, a near-duplicate signature and the taxonomy version. Reads the subject, the body and the text
 * extracted from attachments; declared themes and resolutions are the submitter's claims, not evidence.
 * Immutable and thread-safe: build one per taxonomy and share it.
 */
public final class CommunicationClassifier {

    /**
     * Why a text about minerals and metals is out of scope all the same: the resolution's dialogues are on the four
     * themes, and mining finance news or a fuel market report that names metals addresses none of them.
     */
    public static final String NO_THEME = "minerals or metals are named, but no passage carries any of the four themes";

    private final String taxonomyVersion;
    private final ThemeScorer themes;
    private final ScopeJudge scope;
    private final ResolutionFinder resolutions;
    private final CountryFinder countries;
    private final LanguageIdentifier languages;
    private final Countries reference;

    /** A classifier that tags themes by threshold and dominance alone, without a trained model. */
    public CommunicationClassifier(Taxonomy taxonomy, ResolutionCatalogue resolutions, CountryAliases aliases,
                                   LanguageIdentifier languages, Countries reference) {
        this(taxonomy, resolutions, aliases, null, languages, reference);
    }

    /** @param model the trained theme model for this taxonomy version; null to tag by threshold and dominance */
    public CommunicationClassifier(Taxonomy taxonomy, ResolutionCatalogue resolutions, CountryAliases aliases,
                                   ThemeModel model, LanguageIdentifier languages, Countries reference) {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        this.taxonomyVersion = taxonomy.version();
        this.themes = new ThemeScorer(taxonomy, analyzers, model);
        this.scope = new ScopeJudge(taxonomy, analyzers);
        this.resolutions = new ResolutionFinder(resolutions, analyzers);
        this.countries = new CountryFinder(reference, aliases);
        this.languages = Objects.requireNonNull(languages, "languages");
        this.reference = reference;
    }

    public String taxonomyVersion() {
        return taxonomyVersion;
    }

    public Classification classify(CommunicationReceived communication) {
        return classify(communication, null);
    }

    /** @param language the language to report instead of identifying it (the dry run's override); null to identify */
    public Classification classify(CommunicationReceived communication, String language) {
        LanguageIdentifier.IdentifiedLanguage identified = language != null
                ? new LanguageIdentifier.IdentifiedLanguage(language, null)
                : languages.identify(textOf(communication));
        List<AnalysedField> fields = fieldsOf(communication, identified.code());
        ScopeJudge.Verdict verdict = scope.judge(fields);
        List<Match<String>> resolutionMatches = resolutions.find(fields);
        List<ThemeTag> tags = verdict.outOfScope() ? List.of()
                : themes.tags(fields, communication.declaredThemes(), resolutionMatches);
        if (!verdict.outOfScope() && tags.isEmpty()) {
            verdict = new ScopeJudge.Verdict(true, NO_THEME);
        }
        Map<String, Mention> resolutionMentions = firstMentions(Mention.RESOLUTION, resolutionMatches);
        Map<String, Mention> countryMentions = firstMentions(Mention.COUNTRY, countries.find(fields));
        List<Mention> mentions = new ArrayList<>(resolutionMentions.values());
        mentions.addAll(countryMentions.values());
        return new Classification(identified.code(), identified.reason(), tags, verdict.outOfScope(), verdict.reason(),
                List.copyOf(resolutionMentions.keySet()), List.copyOf(countryMentions.keySet()), mentions,
                regionOf(communication.submitter().country()), Signature.of(fields), taxonomyVersion);
    }

    /**
     * The inputs the theme model reads for each theme a passage of the communication carries (see
     * {@code ThemeFeatures}), for training the model offline; empty when the communication is out of scope for want
     * of minerals and metals.
     */
    public Map<Theme, double[]> themeFeatures(CommunicationReceived communication) {
        List<AnalysedField> fields = fieldsOf(communication, languages.identify(textOf(communication)).code());
        if (scope.judge(fields).outOfScope()) {
            return Map.of();
        }
        return themes.features(fields, communication.declaredThemes(), resolutions.find(fields));
    }

    /**
     * The model's probability of each theme, 0 for a theme no passage carries, as {@link #classify} decides its tags;
     * empty when the text is out of scope for want of minerals and metals, and 0 for every theme without a model.
     * For measuring calibration.
     */
    public Map<Theme, Double> themeProbabilities(CommunicationReceived communication) {
        List<AnalysedField> fields = fieldsOf(communication, languages.identify(textOf(communication)).code());
        if (scope.judge(fields).outOfScope()) {
            return Map.of();
        }
        return themes.probabilities(fields, communication.declaredThemes(), resolutions.find(fields));
    }

    private SubmitterRegion regionOf(String country) {
        return reference.find(country).map(Country::toRegion).orElse(null);
    }

    /** The first mention of each id, ids in order of first appearance; evidence quotes the text as written. */
    private static Map<String, Mention> firstMentions(String kind, List<Match<String>> matches) {
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Match<String> match : matches) {
            first.computeIfAbsent(match.payload(), id -> new Mention(kind, id, match.evidence(match.originalText())));
        }
        return first;
    }

    private static List<AnalysedField> fieldsOf(CommunicationReceived communication, String language) {
        List<AnalysedField> fields = new ArrayList<>();
        fields.add(AnalysedField.of("subject", 0, communication.subject(), language));
        fields.add(AnalysedField.of("body", 1, communication.body(), language));
        for (Attachment attachment : communication.attachments()) {
            String name = attachment.fileName() == null || attachment.fileName().isBlank()
                    ? attachment.id() : attachment.fileName();
            fields.add(AnalysedField.of("attachment:" + name, fields.size(), attachment.extractedText(), language));
        }
        return fields;
    }

    private static String textOf(CommunicationReceived communication) {
        StringBuilder text = new StringBuilder(communication.subject()).append('\n').append(communication.body());
        communication.attachments().forEach(a -> text.append('\n').append(a.extractedText()));
        return text.toString();
    }
}
