package dev.assay.deploy.local;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded OpenID Connect provider (Spring Authorization Server) as a child JVM on loopback. It keeps its signing
 * key and the demo accounts' secrets in {@code <data>/auth}, so a restart (of it or of the stack) changes neither
 * the passwords nor the keys tokens were signed with. The services only learn its issuer URI and the name of its roles
 * claim, as they would for Keycloak or Entra ID.
 */
final class AuthServerProcess {

    static final String NAME = "auth";
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** The claim holding role names in this provider's tokens. */
    static final String ROLES_CLAIM = "roles";
    /** The demo accounts, in the order the banner lists them (embedded-auth's {@code DemoAccounts.ALL}). */
    static final List<String> ACCOUNTS = List.of("analyst", "admin", "partner-fr");
    /** Where the provider writes the accounts' secrets (embedded-auth's {@code DemoCredentials.FILE_NAME}). */
    static final String CREDENTIALS_FILE = "credentials.properties";

    private AuthServerProcess() {
    }

    static String issuer(StackConfig config) {
        return "http://localhost:" + config.ports().auth();
    }

    static PartCommand command(StackConfig config, DataDirectory data, RepositoryLayout layout) {
        List<String> command = List.of(JavaCommand.java(), "-Xmx192m", "-jar", layout.authJar().toString(),
                "--server.address=127.0.0.1", "--server.port=" + config.ports().auth(),
                "--assay.auth.data-dir=" + data.authData(), "--assay.auth.issuer=" + issuer(config));
        return new PartCommand(NAME, command, Map.of(), data.root(), data.log(NAME));
    }

    /** What every service needs to validate the provider's tokens. */
    static Map<String, String> serviceEnvironment(StackConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ASSAY_OIDC_ISSUER_URI", issuer(config));
        env.put("ASSAY_OIDC_ROLES_CLAIM", ROLES_CLAIM);
        return env;
    }

    /** The ready provider's discovery document names it as issuer. */
    static ReadinessProbe readiness(StackConfig config) {
        return ReadinessProbes.oidcDiscovery(issuer(config));
    }

    /**
     * Each account and its password or secret, as the provider wrote them on its first start; empty when the file
     * is not there (yet).
     */
    static Map<String, String> accounts(DataDirectory data) {
        Path file = data.authData().resolve(CREDENTIALS_FILE);
        Map<String, String> accounts = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return accounts;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String account : ACCOUNTS) {
            String secret = properties.getProperty(account);
            if (secret != null) {
                accounts.put(account, secret);
            }
        }
        return accounts;
    }
}
