package dev.assay.report;

import dev.assay.contracts.security.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as the holders of {@link TestTokens}' tokens send them. */
public final class Analysts {

    private Analysts() {
    }

    /** An analyst named {@code ana}. */
    public static RequestPostProcessor analyst() {
        return bearer(TestTokens.withRoles("ana", "analyst"));
    }

    /** An admin named {@code root}, who is an analyst too. */
    public static RequestPostProcessor admin() {
        return bearer(TestTokens.withRoles("root", "admin"));
    }

    /** A partner client submitting for France: valid, but no analyst. */
    public static RequestPostProcessor partner() {
        return bearer(TestTokens.partner("partner-fr", "FR", "Ministère de la Transition écologique"));
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
