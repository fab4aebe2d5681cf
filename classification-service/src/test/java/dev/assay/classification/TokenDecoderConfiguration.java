package dev.assay.classification;

import dev.assay.contracts.security.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Tokens are checked against the test's own issuer ({@link TestTokens}) instead of the configured one. */
@TestConfiguration(proxyBeanMethods = false)
public class TokenDecoderConfiguration {

    @Bean
    JwtDecoder testTokenDecoder() {
        return TestTokens.decoder();
    }
}
