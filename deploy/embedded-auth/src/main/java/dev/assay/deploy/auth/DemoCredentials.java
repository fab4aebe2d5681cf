package dev.assay.deploy.auth;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The demo accounts' passwords and the partner client's secret, generated at random on the provider's first start
 * and kept in {@code <data>/credentials.properties} (owner-only) so that later starts, the banner and
 * {@code deploy/token} read the same ones.
 */
public final class DemoCredentials {

    public static final String FILE_NAME = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> secrets;

    private DemoCredentials(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Reads the file, writing it first with fresh secrets when there is none. */
    public static DemoCredentials loadOrCreate(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (!Files.exists(file)) {
                Map<String, String> fresh = new LinkedHashMap<>();
                DemoAccounts.ALL.forEach(account -> fresh.put(account, randomSecret()));
                OwnerOnlyFiles.createWith(file, format(fresh));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return load(dataDir);
    }

    /** @throws IllegalStateException when the provider has never started with this data directory */
    public static DemoCredentials load(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file + ": the identity provider has not started with this data"
                    + " directory yet (deploy/run-local starts it)");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String account : DemoAccounts.ALL) {
            String secret = properties.getProperty(account);
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException(file + " has no secret for " + account
                        + "; delete the file to have new ones generated");
            }
            secrets.put(account, secret.strip());
        }
        return new DemoCredentials(secrets);
    }

    /** The password of a user or the secret of a client. */
    public String secretOf(String account) {
        String secret = secrets.get(account);
        if (secret == null) {
            throw new IllegalArgumentException("no demo account called '" + account + "'; there are "
                    + DemoAccounts.ALL);
        }
        return secret;
    }

    /** 144 random bits in URL-safe characters, so the secret survives shells, forms and Basic authentication. */
    static String randomSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String format(Map<String, String> secrets) {
        Properties properties = new Properties();
        properties.putAll(secrets);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "Assay embedded identity provider: demo account secrets (local stack only)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "DemoCredentials" + secrets.keySet(); // never the secrets themselves
    }
}
