package dev.assay.deploy.auth;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code token <account> [--issuer=<uri>] [--data-dir=<dir>]}: prints an access token for a demo account of the
 * running provider and nothing else on standard output, so {@code $(deploy/token analyst)} is the token. The secret
 * comes from the provider's data directory; the issuer defaults to {@code ASSAY_OIDC_ISSUER_URI}, then
 * {@code http://localhost:9000}.
 */
final class TokenCommand {

    static final String NAME = "token";
    static final String USAGE = "usage: token analyst|admin|partner-fr [--issuer=<uri>] [--data-dir=<dir>]";

    private TokenCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String account = null;
        String issuer = env.getOrDefault("ASSAY_OIDC_ISSUER_URI", "http://localhost:9000");
        Path dataDir = Path.of(env.getOrDefault("ASSAY_AUTH_DATA_DIR", ".data/auth"));
        for (String arg : args) {
            if (arg.startsWith("--issuer=")) {
                issuer = arg.substring("--issuer=".length());
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (!arg.startsWith("-") && account == null) {
                account = arg;
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (account == null || !DemoAccounts.ALL.contains(account)) {
            err.println(USAGE);
            return 2;
        }
        try {
            DemoCredentials credentials = DemoCredentials.load(dataDir);
            out.println(new TokenClient(URI.create(issuer)).tokenFor(account, credentials));
            return 0;
        } catch (IllegalStateException | TokenClient.TokenException e) {
            err.println("token: " + e.getMessage());
            return 1;
        }
    }
}
