package dev.assay.contracts.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code assay.rate-limit.*}, the same keys in every service that applies {@link RateLimitFilter}.
 *
 * @param enabled                  off only for load tests against a single address
 * @param requestsPerPeriod        what one client address may send to the limited endpoints in one period
 * @param period                   the window the counts refill in
 * @param partnerRequestsPerPeriod what one partner (the subject of a token with the {@code partner} role) may send in
 *                                 one period, wherever it sends from
 * @param maxTrackedClients        how many clients' limiters are kept; the least recently seen is forgotten first, so
 *                                 an attacker rotating addresses cannot grow the memory this takes
 * @param trustedProxies           addresses of reverse proxies whose {@code X-Forwarded-For} is believed; empty: the
 *                                 connection's remote address is the client's
 */
@ConfigurationProperties("assay.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") int requestsPerPeriod,
        @DefaultValue("1m") Duration period,
        @DefaultValue("600") int partnerRequestsPerPeriod,
        @DefaultValue("10000") int maxTrackedClients,
        @DefaultValue List<String> trustedProxies) {

    public RateLimitSettings {
        if (requestsPerPeriod < 1 || partnerRequestsPerPeriod < 1) {
            throw new IllegalArgumentException("assay.rate-limit: the requests per period must be at least 1");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("assay.rate-limit.period must be positive");
        }
        if (maxTrackedClients < 1) {
            throw new IllegalArgumentException("assay.rate-limit.max-tracked-clients must be at least 1");
        }
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
