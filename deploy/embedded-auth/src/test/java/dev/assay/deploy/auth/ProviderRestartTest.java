package dev.assay.deploy.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the data directory is for: a restarted provider is the same provider to the services and to its users. */
class ProviderRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_token_issued_before_a_restart_verifies_after_it_and_the_passwords_stay_the_same() {
        String token;
        String analystPassword;
        int port;
        try (RunningProvider first = RunningProvider.start(dataDir)) {
            port = first.port();
            analystPassword = DemoCredentials.load(dataDir).secretOf(DemoAccounts.ANALYST);
            token = new TokenClient(first.issuer()).tokenFor(DemoAccounts.ANALYST, DemoCredentials.load(dataDir));
        }

        try (RunningProvider second = RunningProvider.start(dataDir, port)) {
            JwtDecoder decoder = JwtDecoders.fromIssuerLocation(second.issuer().toString());
            Jwt jwt = decoder.decode(token);

            assertThat(jwt.getSubject()).isEqualTo("analyst");
            assertThat(DemoCredentials.load(dataDir).secretOf(DemoAccounts.ANALYST)).isEqualTo(analystPassword);
            assertThat(new TokenClient(second.issuer()).authorizationCode(DemoAccounts.CLI_CLIENT,
                    DemoAccounts.CLI_REDIRECT_URI, DemoAccounts.ANALYST, analystPassword)).isNotBlank();
        }
    }
}
