package dev.assay.report.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.function.Supplier;

/**
 * The dashboard's one client registration, {@value #REGISTRATION_ID}, read from the issuer's discovery document on
 * the first sign-in rather than at start-up: the service starts while the issuer is down, as its JWT decoder does.
 * While the issuer cannot be reached each sign-in fails with {@link SignInUnavailableException} and the next one
 * tries again; once read, the registration is kept for the life of the process.
 * <p>
 * PKCE is required of every registration, public or not (Spring Security adds it to the authorization request).
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "assay";
    /** Where the issuer sends the browser back with the code; {@code baseUrl} is the request's own. */
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistrations.class);

    private final SignInProperties settings;
    private final Supplier<ClientRegistration.Builder> discovery;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(SignInProperties settings) {
        this(settings, () -> IssuerDiscovery.read(settings));
    }

    IssuerClientRegistrations(SignInProperties settings, Supplier<ClientRegistration.Builder> discovery) {
        this.settings = settings;
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        // one discovery at a time: the requests that arrive meanwhile wait for its answer instead of repeating it
        synchronized (this) {
            if (registration == null) {
                registration = resolve();
            }
            return registration;
        }
    }

    private ClientRegistration resolve() {
        ClientRegistration.Builder builder;
        try {
            builder = discovery.get();
        } catch (RuntimeException e) {
            // the cause names the address and what went wrong; no secret is part of a discovery request
            log.warn("Dashboard sign-in unavailable: cannot read the discovery document of {}: {}",
                    settings.issuerUri(), e.getMessage());
            throw new SignInUnavailableException("the OpenID Connect issuer " + settings.issuerUri()
                    + " could not be reached", e);
        }
        ClientRegistration resolved = builder.registrationId(REGISTRATION_ID)
                .clientName("Assay dashboard")
                .clientId(settings.clientId())
                .clientSecret(settings.publicClient() ? null : settings.clientSecret())
                .clientAuthenticationMethod(settings.publicClient() ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(settings.scopes())
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        log.info("Dashboard sign-in ready: client {} at {}", settings.clientId(), settings.issuerUri());
        return resolved;
    }
}
