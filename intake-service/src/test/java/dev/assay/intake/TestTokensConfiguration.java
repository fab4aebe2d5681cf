package dev.assay.intake;

import dev.assay.contracts.security.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Tokens are checked against the test issuer's key ({@link TestTokens}); everything else is the service's own. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokensConfiguration {

    @Bean
    JwtDecoder jwtDecoder() {
        return TestTokens.decoder();
    }
}
