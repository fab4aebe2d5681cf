package dev.assay.deploy.local;

import dev.assay.deploy.auth.DemoAccounts;
import dev.assay.deploy.auth.DemoCredentials;
import dev.assay.deploy.auth.TokenClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the stack's embedded identity provider, got exactly as {@code deploy/token} gets them (the same
 * {@link TokenClient}, the secrets from the provider's data directory). A token is reused for a while, then fetched
 * again well before it expires, so a long fault scenario never sends an expired one.
 */
final class StackTokens {

    private static final Duration REUSE_FOR = Duration.ofMinutes(10);

    private final URI issuer;
    private final Path authDataDir;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    StackTokens(String issuer, Path authDataDir) {
        this.issuer = URI.create(issuer);
        this.authDataDir = authDataDir;
    }

    StackTokens(RunningStack stack) {
        this(stack.issuer(), stack.authDataDir());
    }

    String analyst() {
        return of(DemoAccounts.ANALYST);
    }

    String partnerFr() {
        return of(DemoAccounts.PARTNER_FR);
    }

    String of(String account) {
        Instant now = Instant.now();
        return issued.compute(account, (name, previous) -> previous != null && previous.at().plus(REUSE_FOR).isAfter(now)
                ? previous
                : new Issued(new TokenClient(issuer).tokenFor(name, DemoCredentials.load(authDataDir)), now)).token();
    }

    private record Issued(String token, Instant at) {
    }
}
