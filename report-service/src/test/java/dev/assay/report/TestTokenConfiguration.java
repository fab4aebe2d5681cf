package dev.assay.report;

import dev.assay.contracts.security.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Trusts the tokens minted by {@link TestTokens} instead of fetching an issuer's keys; everything else as deployed. */
@TestConfiguration(proxyBeanMethods = false)
class TestTokenConfiguration {

    @Bean
    JwtDecoder testTokens() {
        return TestTokens.decoder();
    }
}
