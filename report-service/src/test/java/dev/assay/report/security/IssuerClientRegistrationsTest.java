package dev.assay.report.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's registration is read from the issuer when first needed, kept once read, and retried until then. */
class IssuerClientRegistrationsTest {

    private static final SignInProperties PUBLIC_CLIENT = new SignInProperties("https://issuer.test", "",
            "assay-dashboard", "", List.of("openid", "profile"));

    private final AtomicInteger discoveries = new AtomicInteger();

    @Test
    void nothing_is_read_until_a_sign_in_asks_and_then_only_once() {
        IssuerClientRegistrations registrations = new IssuerClientRegistrations(PUBLIC_CLIENT, issuerUp());
        assertThat(discoveries).hasValue(0);

        ClientRegistration first = registrations.findByRegistrationId("assay");
        ClientRegistration second = registrations.findByRegistrationId("assay");

        assertThat(second).isSameAs(first);
        assertThat(discoveries).hasValue(1);
    }

    @Test
    void an_unreachable_issuer_fails_this_sign_in_and_the_next_one_tries_again() {
        AtomicInteger calls = new AtomicInteger();
        IssuerClientRegistrations registrations = new IssuerClientRegistrations(PUBLIC_CLIENT, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalArgumentException("Unable to resolve the Configuration with the provided Issuer");
            }
            return issuerUp().get();
        });

        assertThatThrownBy(() -> registrations.findByRegistrationId("assay"))
                .isInstanceOf(SignInUnavailableException.class)
                .hasMessage("the OpenID Connect issuer https://issuer.test could not be reached");
        assertThat(registrations.findByRegistrationId("assay").getClientId()).isEqualTo("assay-dashboard");
        assertThat(calls).hasValue(2);
    }

    @Test
    void without_a_secret_it_is_a_public_client_with_pkce_and_the_configured_scopes() {
        ClientRegistration registration = new IssuerClientRegistrations(PUBLIC_CLIENT, issuerUp())
                .findByRegistrationId("assay");

        assertThat(registration.getRegistrationId()).isEqualTo("assay");
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
        assertThat(registration.getClientSecret()).isEmpty();
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void with_a_secret_it_authenticates_with_http_basic_and_still_uses_pkce() {
        SignInProperties confidential = new SignInProperties("https://issuer.test", "", "assay-dashboard", "s3cret",
                List.of("openid"));

        ClientRegistration registration = new IssuerClientRegistrations(confidential, issuerUp())
                .findByRegistrationId("assay");

        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(confidential.toString()).doesNotContain("s3cret").contains("clientSecret=(set)");
    }

    @Test
    void another_registration_id_is_unknown() {
        assertThat(new IssuerClientRegistrations(PUBLIC_CLIENT, issuerUp()).findByRegistrationId("github")).isNull();
        assertThat(discoveries).hasValue(0);
    }

    /** What Spring Security builds from a discovery document: the issuer's endpoints, nothing of the client yet. */
    private Supplier<ClientRegistration.Builder> issuerUp() {
        return () -> {
            discoveries.incrementAndGet();
            return ClientRegistration.withRegistrationId("https://issuer.test")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationUri("https://issuer.test/oauth2/authorize")
                    .tokenUri("https://issuer.test/oauth2/token")
                    .jwkSetUri("https://issuer.test/oauth2/jwks")
                    .issuerUri("https://issuer.test")
                    .userNameAttributeName("sub");
        };
    }
}
