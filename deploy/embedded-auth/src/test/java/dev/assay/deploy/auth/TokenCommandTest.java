package dev.assay.deploy.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command behind deploy/token, where it fails before it reaches a provider. */
class TokenCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void an_unknown_account_is_a_usage_error_naming_the_accounts() {
        int status = run("someone", "--data-dir=" + dataDir);

        assertThat(status).isEqualTo(2);
        assertThat(text(err)).contains("analyst|admin|partner-fr");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void without_the_providers_data_directory_it_says_the_provider_has_not_started() {
        int status = run("analyst", "--data-dir=" + dataDir.resolve("missing"));

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains("has not started with this data directory");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void an_unreachable_provider_is_named_without_printing_a_secret() {
        DemoCredentials credentials = DemoCredentials.loadOrCreate(dataDir);

        int status = run("partner-fr", "--data-dir=" + dataDir, "--issuer=http://localhost:1");

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains("cannot reach the identity provider at localhost:1")
                .doesNotContain(credentials.secretOf("partner-fr"));
        assertThat(text(out)).isEmpty();
    }

    private int run(String... args) {
        return TokenCommand.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
