package dev.assay.deploy.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/token} as a user runs it, with nothing but the built jar: it prints exactly one line, a token the
 * provider signed for that account.
 */
class DeployTokenIT {

    /** What the script reads: {@code $ASSAY_DATA_DIR/auth}, as the launcher lays the data directory out. */
    @TempDir
    static Path stackData;
    static RunningProvider provider;
    static JwtDecoder decoder;

    @BeforeAll
    static void start() {
        provider = RunningProvider.start(stackData.resolve("auth"));
        decoder = JwtDecoders.fromIssuerLocation(provider.issuer().toString());
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void it_prints_an_analysts_token_and_nothing_else() throws Exception {
        Result result = deployToken("analyst");

        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).hasSize(1);
        Jwt jwt = decoder.decode(result.stdout().strip());
        assertThat(jwt.getSubject()).isEqualTo("analyst");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("analyst");
    }

    @Test
    void it_prints_the_partners_token() throws Exception {
        Result result = deployToken("partner-fr");

        assertThat(result.status()).as(result.stderr()).isZero();
        Jwt jwt = decoder.decode(result.stdout().strip());
        assertThat(jwt.getClaimAsString("assay_country")).isEqualTo("FR");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("partner");
    }

    @Test
    void an_unknown_account_prints_the_usage_and_no_token() throws Exception {
        Result result = deployToken("root");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("deploy/token analyst");
    }

    private static Result deployToken(String account) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("assay.home", "../..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("deploy/token").toString(), account));
        builder.environment().put("ASSAY_DATA_DIR", stackData.toString());
        builder.environment().put("ASSAY_AUTH_PORT", String.valueOf(provider.port()));
        builder.environment().remove("ASSAY_OIDC_ISSUER_URI");
        Process process = builder.start();
        process.getOutputStream().close();
        // both streams are small; read them before waiting so the child never blocks on a full pipe
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stdout, stderr);
    }

    private record Result(int status, String stdout, String stderr) {
    }
}
