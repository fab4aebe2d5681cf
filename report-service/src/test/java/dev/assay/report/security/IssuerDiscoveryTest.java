package dev.assay.report.security;

import dev.assay.report.issuer.FakeIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The discovery document is read from the issuer, or from the address the service reaches it at (compose's Keycloak
 * inside its network), and must name the configured issuer either way.
 */
class IssuerDiscoveryTest {

    private static final FakeIssuer issuer = FakeIssuer.onFreePort();

    @BeforeAll
    static void start() throws IOException {
        issuer.start();
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void from_the_issuer_itself() {
        ClientRegistration registration = IssuerDiscovery.read(settings(issuer.uri().toString(), ""))
                .registrationId("assay").clientId("assay-dashboard").build();

        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(issuer.uri() + "/oauth2/authorize");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(issuer.uri().toString());
    }

    @Test
    void from_another_address_when_the_document_names_the_configured_issuer() {
        ClientRegistration registration = IssuerDiscovery.read(settings(issuer.uri() + "/",
                        issuer.uri() + "/.well-known/openid-configuration"))
                .registrationId("assay").clientId("assay-dashboard").build();

        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(issuer.uri() + "/oauth2/token");
    }

    @Test
    void not_from_an_address_whose_document_names_another_issuer() {
        assertThatThrownBy(() -> IssuerDiscovery.read(settings("https://login.example.org/realms/assay",
                issuer.uri() + "/.well-known/openid-configuration")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the discovery document at " + issuer.uri() + "/.well-known/openid-configuration names the "
                        + "issuer " + issuer.uri() + ", not https://login.example.org/realms/assay");
    }

    private static SignInProperties settings(String issuerUri, String discoveryUri) {
        return new SignInProperties(issuerUri, discoveryUri, "assay-dashboard", "", List.of("openid", "profile"));
    }
}
