package dev.assay.deploy.auth;

import dev.assay.contracts.security.PartnerClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider as the services and {@code deploy/token} see it: discovery, one token per demo account verified
 * against the published keys with Spring Security's decoder, and the claims the services read.
 */
class EmbeddedAuthTest {

    @TempDir
    static Path dataDir;
    static RunningProvider provider;
    static JwtDecoder decoder;

    @BeforeAll
    static void start() {
        provider = RunningProvider.start(dataDir);
        // what a service does with ASSAY_OIDC_ISSUER_URI: discovery, JWKs, issuer check
        decoder = JwtDecoders.fromIssuerLocation(provider.issuer().toString());
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void the_discovery_document_names_the_issuer_and_the_key_set() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(provider.issuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"issuer\":\"" + provider.issuer() + "\"")
                .contains("\"jwks_uri\":\"" + provider.issuer() + "/oauth2/jwks\"");
    }

    @Test
    void the_analyst_logs_in_through_the_form_and_gets_an_rs256_token_with_the_analyst_role() {
        Jwt jwt = decoder.decode(client().tokenFor(DemoAccounts.ANALYST, credentials()));

        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo("analyst");
        assertThat(jwt.getIssuer().toString()).isEqualTo(provider.issuer().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("analyst");
    }

    @Test
    void the_admin_gets_the_admin_role() {
        Jwt jwt = decoder.decode(client().tokenFor(DemoAccounts.ADMIN, credentials()));

        assertThat(jwt.getSubject()).isEqualTo("admin");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("admin");
    }

    @Test
    void the_partner_client_gets_the_partner_role_and_names_france_and_its_ministry() {
        Jwt jwt = decoder.decode(client().tokenFor(DemoAccounts.PARTNER_FR, credentials()));

        assertThat(jwt.getSubject()).isEqualTo("partner-fr");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("partner");
        assertThat(jwt.getClaimAsString(PartnerClaims.COUNTRY)).isEqualTo("FR");
        assertThat(jwt.getClaimAsString(PartnerClaims.ORGANISATION)).isEqualTo("Ministère de la Transition écologique");
        assertThat(jwt.getClaimAsString(PartnerClaims.SUBMITTER_TYPE)).isEqualTo("member-state");
    }

    @Test
    void a_wrong_password_gets_no_token() {
        assertThatThrownBy(() -> client().authorizationCode(DemoAccounts.CLI_CLIENT, DemoAccounts.CLI_REDIRECT_URI,
                DemoAccounts.ANALYST, "not-the-password"))
                .isInstanceOf(TokenClient.TokenException.class)
                .hasMessageContaining("refused the login as analyst")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void a_wrong_client_secret_gets_no_token() {
        assertThatThrownBy(() -> client().clientCredentials(DemoAccounts.PARTNER_FR, "not-the-secret"))
                .isInstanceOf(TokenClient.TokenException.class)
                .hasMessageContaining("failed with 401");
    }

    @Test
    void the_secrets_and_the_signing_key_are_readable_by_their_owner_only() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DemoCredentials.file(dataDir))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(SigningKey.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void every_account_has_its_own_random_secret() {
        DemoCredentials credentials = credentials();

        assertThat(DemoAccounts.ALL.stream().map(credentials::secretOf).distinct()).hasSize(3)
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(24));
    }

    private static TokenClient client() {
        return new TokenClient(provider.issuer());
    }

    private static DemoCredentials credentials() {
        return DemoCredentials.load(dataDir);
    }
}
