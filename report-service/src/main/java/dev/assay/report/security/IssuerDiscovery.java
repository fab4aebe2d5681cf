package dev.assay.report.security;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Map;

/**
 * Reads the issuer's discovery document. From the issuer itself by default, with Spring Security's checks (the
 * document must name the issuer it was read from). When the service reaches the issuer under another address than
 * the public one ({@link SignInProperties#discoveryUri()}), the document is read there and must still name the
 * configured issuer: the browser is sent to the endpoints it lists, and ID tokens are checked against that issuer.
 */
final class IssuerDiscovery {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private IssuerDiscovery() {
    }

    static ClientRegistration.Builder read(SignInProperties settings) {
        if (settings.discoveryUri().isEmpty()) {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri());
        }
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(TIMEOUT);
        requests.setReadTimeout(TIMEOUT);
        Map<String, Object> document = RestClient.builder().requestFactory(requests).build()
                .get().uri(settings.discoveryUri()).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        Object issuer = document == null ? null : document.get("issuer");
        if (!withoutTrailingSlash(settings.issuerUri()).equals(issuer == null ? null : withoutTrailingSlash(issuer.toString()))) {
            throw new IllegalStateException("the discovery document at " + settings.discoveryUri() + " names the issuer "
                    + issuer + ", not " + settings.issuerUri());
        }
        return ClientRegistrations.fromOidcConfiguration(document);
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
