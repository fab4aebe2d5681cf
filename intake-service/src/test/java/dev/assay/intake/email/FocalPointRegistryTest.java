package dev.assay.intake.email;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FocalPointRegistryTest {

    private final FocalPointRegistry registry = new FocalPointRegistry(List.of(
            new FocalPoint("Minister@Environment.go.ke", "ke", "member-state", "Ministry of Environment"),
            new FocalPoint("*@environment.go.ke", "KE", null, null),
            new FocalPoint("*@*.gov.fr", "FR", "focal-point", "Gouvernement"),
            new FocalPoint("*@*.ecologie.gov.fr", "FR", "focal-point", "Ministère de la Transition écologique"),
            new FocalPoint("*@unep.org", null, "un-entity", "UNEP")));

    @Test
    void anExactAddressWinsOverItsDomain() {
        assertThat(registry.submitterFor("minister@environment.go.ke", "Hon. Minister")).isEqualTo(new Submitter(
                SubmitterType.MEMBER_STATE, "KE", "Ministry of Environment", "Hon. Minister",
                "minister@environment.go.ke"));
    }

    @Test
    void aDomainPatternMatchesEveryAddressOfThatDomainAsAFocalPointByDefault() {
        assertThat(registry.submitterFor("Officer@ENVIRONMENT.go.ke", null)).isEqualTo(new Submitter(
                SubmitterType.FOCAL_POINT, "KE", null, null, "Officer@ENVIRONMENT.go.ke"));
    }

    @Test
    void theLongestParentDomainPatternWins() {
        assertThat(registry.submitterFor("a@dgpr.ecologie.gov.fr", null).organisation())
                .isEqualTo("Ministère de la Transition écologique");
        assertThat(registry.submitterFor("a@interieur.gov.fr", null).organisation()).isEqualTo("Gouvernement");
        assertThat(registry.submitterFor("a@gov.fr", null).type()).isEqualTo(SubmitterType.STAKEHOLDER);
    }

    @Test
    void aTypeWithoutCountryIsAllowedWhereItDoesNotSpeakForACountry() {
        assertThat(registry.submitterFor("desk@unep.org", "Desk")).isEqualTo(new Submitter(
                SubmitterType.UN_ENTITY, null, "UNEP", "Desk", "desk@unep.org"));
    }

    @Test
    void anUnknownSenderIsAStakeholderWithoutCountryWhateverTheMessageSays() {
        assertThat(registry.submitterFor("someone@example.org", "Someone")).isEqualTo(new Submitter(
                SubmitterType.STAKEHOLDER, null, null, "Someone", "someone@example.org"));
        assertThat(registry.submitterFor(null, null)).isEqualTo(new Submitter(
                SubmitterType.STAKEHOLDER, null, null, null, null));
    }

    @Test
    void invalidEntriesStopTheServiceNamingTheEntry() {
        assertThatThrownBy(() -> new FocalPointRegistry(List.of(new FocalPoint("a@b.org", "XX", null, null))))
                .hasMessage("invalid focal point 'a@b.org': 'XX' is not an ISO 3166-1 alpha-2 country code");
        assertThatThrownBy(() -> new FocalPointRegistry(List.of(new FocalPoint("a@b.org", null, "focal-point", null))))
                .hasMessage("invalid focal point 'a@b.org': a country is required for type focal-point");
        assertThatThrownBy(() -> new FocalPointRegistry(List.of(new FocalPoint("a@b.org", "KE", "citizen", null))))
                .hasMessageStartingWith("invalid focal point 'a@b.org': ").hasMessageContaining("citizen");
        assertThatThrownBy(() -> new FocalPointRegistry(List.of(new FocalPoint("a*b@b.org", "KE", null, null))))
                .hasMessageContaining("a wildcard may only stand for the whole local part");
        assertThatThrownBy(() -> new FocalPointRegistry(List.of(new FocalPoint("nobody", "KE", null, null))))
                .hasMessageContaining("address must be an e-mail address");
    }

    @Test
    void aCsvFileListsFocalPointsWithCommentsHeaderAndQuotedOrganisations() {
        List<FocalPoint> entries = FocalPointsFile.parse(List.of(
                "\uFEFFaddress,country,type,organisation",
                "# Kenya",
                "*@environment.go.ke,KE,focal-point,\"Ministry of Environment, Climate Change and Forestry\"",
                "",
                "desk@unep.org,,un-entity"), "focal-points.csv");

        assertThat(entries).containsExactly(
                new FocalPoint("*@environment.go.ke", "KE", "focal-point",
                        "Ministry of Environment, Climate Change and Forestry"),
                new FocalPoint("desk@unep.org", null, "un-entity", null));
        assertThatThrownBy(() -> FocalPointsFile.parse(List.of("a@b.org,KE,focal-point,Org,extra"), "f.csv"))
                .hasMessage("f.csv line 1: expected address,country,type,organisation but found 5 cells");
    }

    @Test
    void aFileEntryTheRegistryWouldRefuseStopsTheServiceNamingTheFileAndLine() {
        assertThatThrownBy(() -> FocalPointsFile.parse(List.of("address,country", "", "a@b.org,XX"), "f.csv"))
                .hasMessage("f.csv line 3: invalid focal point 'a@b.org': 'XX' is not an ISO 3166-1 alpha-2 country "
                        + "code");
    }

    @Test
    void aLineThatIsNotUtf8StopsTheServiceNamingTheLineNotJustTheFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("focal-points.csv");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n', 'a', '@', 'b', '.', 'o', 'r', 'g', (byte) 0xC2, ',',
                'K', 'E', '\n'});

        assertThatThrownBy(() -> FocalPointsFile.read(file)).hasMessage(file + " line 2: is not UTF-8 text");
    }
}
