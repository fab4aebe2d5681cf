package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.ResolutionCatalogue;
import dev.assay.classification.engine.Taxonomy;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped data files read, and a broken data file is refused with a message naming the problem. */
class TaxonomyFilesTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SCORING = """
            "scoring":{"scale":2.5,"threshold":0.35,"repeatFactor":0.5,"declaredThemePrior":0.5,"maxEvidencePerTheme":5}""";

    @Test
    void theShippedTaxonomyHasItsVersionAndTermsForEveryThemeInEveryLanguage() {
        Taxonomy taxonomy = TaxonomyFiles.defaults().taxonomy();

        assertThat(taxonomy.version()).isEqualTo("2026.3");
        for (Theme theme : Theme.values()) {
            Set<String> languages = taxonomy.themeTerms().stream().filter(t -> t.theme() == theme)
                    .map(Taxonomy.ThemeTerm::language).collect(Collectors.toSet());
            assertThat(languages).as(theme.id()).isEqualTo(TaxonomyFiles.LANGUAGES);
            assertThat(taxonomy.themeTerms().stream().filter(t -> t.theme() == theme).count()).as(theme.id())
                    .isGreaterThanOrEqualTo(100);
        }
        for (Taxonomy.ScopeKind kind : Taxonomy.ScopeKind.values()) {
            assertThat(taxonomy.scopeTerms().stream().filter(t -> t.kind() == kind).map(Taxonomy.ScopeTerm::language)
                    .collect(Collectors.toSet())).as(kind.name()).isEqualTo(TaxonomyFiles.LANGUAGES);
        }
    }

    @Test
    void theShippedCatalogueKnowsTheFourResolutions() {
        assertThat(TaxonomyFiles.defaults().resolutions().resolutions()).extracting(r -> r.id())
                .containsExactly("4/19", "5/12", "6/5", "unea-7");
    }

    @Test
    void anUnknownThemeIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readTaxonomy(json("""
                {"version":"x",%s,"themes":{"mining-law":{"en":{"1":["law"]}}},"scope":{}}""".formatted(SCORING))))
                .hasMessageContaining("'mining-law' is not a known Theme");
    }

    @Test
    void aLanguageOutsideTheSixIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readTaxonomy(json("""
                {"version":"x",%s,"themes":{"best-practices":{"de":{"1":["Praxis"]}}},"scope":{}}""".formatted(SCORING))))
                .hasMessageContaining("language de is not one of");
    }

    @Test
    void aWeightThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readTaxonomy(json("""
                {"version":"x",%s,"themes":{"best-practices":{"en":{"0":["standards"]}}},"scope":{}}""".formatted(SCORING))))
                .hasMessageContaining("weight must be positive: 0");
    }

    @Test
    void anUnknownFieldIsRefusedSoThatATypoDoesNotGoUnnoticed() {
        assertThatThrownBy(() -> TaxonomyFiles.readTaxonomy(json("""
                {"version":"x","scorring":{}}""")))
                .hasMessageContaining("cannot read taxonomy/taxonomy.json").hasMessageContaining("scorring");
    }

    @Test
    void anAliasForAnUnknownCountryIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readCountryAliases(json("""
                {"aliases":{"XX":["Atlantis"]}}""")))
                .hasMessageContaining("alias for unknown country XX");
    }

    @Test
    void theResolutionsAreExactlyThoseOfContracts() {
        assertThat(TaxonomyFiles.readResolutions(TaxonomyFilesTest.class.getResourceAsStream("/"
                + TaxonomyFiles.RESOLUTIONS)).resolutions()).extracting(ResolutionCatalogue.Resolution::id)
                .containsExactlyInAnyOrder(Resolution.ids());
    }

    @Test
    void aResolutionContractsDoNotKnowIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(json("""
                {"numberedForms":["resolution {s}/{r}"],"resolutions":[{"id":"3/7","session":3,"number":7,"title":"a"}]}""")))
                .hasMessageContaining("'3/7' is not a known Resolution; expected one of: 4/19, 5/12, 6/5, unea-7");
    }

    @Test
    void aResolutionMissingFromTheDataIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(json("""
                {"numberedForms":["resolution {s}/{r}"],"resolutions":[{"id":"5/12","session":5,"number":12,"title":"a"}]}""")))
                .hasMessageContaining("but Assay reports on [4/19, 5/12, 6/5, unea-7]");
    }

    @Test
    void aResolutionWithAnotherNumberThanContractsIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(json("""
                {"numberedForms":["resolution {s}/{r}"],"resolutions":[{"id":"5/12","session":5,"number":13,"title":"a"}]}""")))
                .hasMessageContaining("resolution 5/12 has session/number 5/13 but contracts say 5/12");
    }

    @Test
    void aResolutionIdTwiceIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(json("""
                {"numberedForms":["resolution {s}/{r}"],"resolutions":[
                  {"id":"5/12","session":5,"number":12,"title":"a"},{"id":"5/12","session":5,"number":12,"title":"b"}]}""")))
                .hasMessageContaining("resolution id 5/12 appears twice");
    }

    /** The four resolutions, 5/12 with {@code fiveTwelve} added, and the given descriptions. */
    private static InputStream resolutions(String descriptions, String fiveTwelve) {
        return json("""
                {"numberedForms":["resolution {s}/{r}"],"descriptions":%s,"resolutions":[
                  {"id":"4/19","session":4,"number":19,"title":"a"},
                  {"id":"5/12","session":5,"number":12,"title":"b"%s},
                  {"id":"6/5","session":6,"number":5,"title":"c"},
                  {"id":"unea-7","assembly":7,"title":"d","phrases":{"en":["d"]},"sessionAlone":true}]}"""
                .formatted(descriptions, fiveTwelve));
    }

    @Test
    void descriptionsAreReadWithTheSessionOfEachResolution() {
        ResolutionCatalogue catalogue = TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"en":["resolution"]},
                 "sessions":{"5":{"en":["fifth session"]},"7":{"en":["seventh session"]}}}""",
                ",\"topicWords\":{\"en\":[\"metals\"]}"));

        assertThat(catalogue.descriptions().window()).isEqualTo(20);
        assertThat(catalogue.descriptions().sessions()).containsOnlyKeys(5, 7);
        assertThat(catalogue.resolutions()).extracting(ResolutionCatalogue.Resolution::adoptedAt)
                .containsExactly(4, 5, 6, 7);
        assertThat(catalogue.resolutions()).extracting(ResolutionCatalogue.Resolution::describable)
                .containsExactly(false, true, false, true);
    }

    @Test
    void markersOfASessionNoResolutionWasAdoptedAtAreRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"en":["resolution"]},
                 "sessions":{"3":{"en":["third session"]},"7":{"en":["seventh session"]}}}""", "")))
                .hasMessageContaining("descriptions have markers for session 3 but no resolution was adopted there");
    }

    @Test
    void aResolutionDescribedBySessionWithoutMarkersForItIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"en":["resolution"]},"sessions":{"7":{"en":["seventh session"]}}}""",
                ",\"topicWords\":{\"en\":[\"metals\"]}")))
                .hasMessageContaining("resolution 5/12 has topicWords or sessionAlone but descriptions have no "
                        + "markers for its session 5");
    }

    @Test
    void anEmptyDescriptionWindowIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":0,"resolutionWords":{"en":["resolution"]},"sessions":{"7":{"en":["seventh session"]}}}""",
                "")))
                .hasMessageContaining("descriptions window must be positive");
    }

    @Test
    void anAssemblyForANumberedResolutionIsRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("null", ",\"assembly\":6")))
                .hasMessageContaining("resolution 5/12: assembly is for a resolution without a number; its session "
                        + "says 5");
    }

    @Test
    void descriptionTermsInALanguageOutsideTheSixAreRefused() {
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"de":["Resolution"]},"sessions":{"7":{"en":["seventh session"]}}}""",
                "")))
                .hasMessageContaining("descriptions resolutionWords: language de is not one of");
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"en":["resolution"]},"sessions":{"7":{"pt":["sétima sessão"]}}}""",
                "")))
                .hasMessageContaining("descriptions session 7: language pt is not one of");
        assertThatThrownBy(() -> TaxonomyFiles.readResolutions(resolutions("""
                {"window":20,"resolutionWords":{"en":["resolution"]},
                 "sessions":{"5":{"en":["fifth session"]},"7":{"en":["seventh session"]}}}""",
                ",\"topicWords\":{\"it\":[\"metalli\"]}")))
                .hasMessageContaining("resolution 5/12 topicWords: language it is not one of");
    }
}
