package dev.assay.deploy.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * report-service's dashboard signs the demo people in through the public client {@code assay-dashboard}: the code
 * flow with PKCE, to its loopback redirect URI on whatever port it listens, and an ID token with their roles.
 */
class DashboardClientTest {

    /** The dashboard's redirect URI as report-service builds it when opened at http://127.0.0.1:8083/dashboard. */
    private static final String ON_PORT_8083 = "http://127.0.0.1:8083/login/oauth2/code/assay";

    @TempDir
    static Path dataDir;
    static RunningProvider provider;
    static JwtDecoder decoder;

    @BeforeAll
    static void start() {
        provider = RunningProvider.start(dataDir);
        decoder = JwtDecoders.fromIssuerLocation(provider.issuer().toString());
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void the_analyst_signs_in_and_the_id_token_names_them_and_carries_the_analyst_role() {
        TokenClient.SignedIn signedIn = signIn(ON_PORT_8083, DemoAccounts.ANALYST);

        Jwt idToken = decoder.decode(signedIn.idToken());
        assertThat(idToken.getSubject()).isEqualTo("analyst");
        assertThat(idToken.getAudience()).containsExactly(DemoAccounts.DASHBOARD_CLIENT);
        assertThat(idToken.getClaimAsStringList("roles")).containsExactly("analyst");
        // the access token the APIs would accept names the same subject: one identity in both audit trails
        assertThat(decoder.decode(signedIn.accessToken()).getSubject()).isEqualTo("analyst");
    }

    @Test
    void the_admin_signs_in_with_the_admin_role() {
        Jwt idToken = decoder.decode(signIn(ON_PORT_8083, DemoAccounts.ADMIN).idToken());

        assertThat(idToken.getClaimAsStringList("roles")).containsExactly("admin");
    }

    @Test
    void the_loopback_redirect_uri_matches_on_any_port() {
        Jwt idToken = decoder.decode(signIn("http://127.0.0.1:52731/login/oauth2/code/assay", DemoAccounts.ANALYST)
                .idToken());

        assertThat(idToken.getSubject()).isEqualTo("analyst");
    }

    @Test
    void a_localhost_or_foreign_redirect_uri_is_refused_before_the_login() {
        for (String redirectUri : new String[] {"http://localhost:8083/login/oauth2/code/assay",
                "http://127.0.0.1:8083/elsewhere", "https://attacker.example/login/oauth2/code/assay"}) {
            assertThatThrownBy(() -> signIn(redirectUri, DemoAccounts.ANALYST))
                    .as(redirectUri)
                    .isInstanceOf(TokenClient.TokenException.class)
                    .hasMessageContaining("the authorization request (GET /oauth2/authorize) answered 400");
        }
    }

    private static TokenClient.SignedIn signIn(String redirectUri, String account) {
        return new TokenClient(provider.issuer()).signIn(DemoAccounts.DASHBOARD_CLIENT, redirectUri, "openid profile",
                account, DemoCredentials.load(dataDir).secretOf(account));
    }
}
