package dev.assay.contracts.web;

import dev.assay.contracts.security.Role;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Limits how often one client may call the public writing endpoints, with Resilience4j's rate limiter: a partner (a
 * token with the {@code partner} role) by its token's subject, with its own allowance, everyone else by client address
 * ({@link ClientAddress}). Over the limit the request goes no further: {@code 429} with {@code Retry-After} in seconds,
 * answered by the endpoint's {@link RateLimitRejection}, and counted as {@code assay.rate.limited{endpoint,client}}.
 * <p>It runs after Spring Security's filter chain ({@link #ORDER}), because only then is a partner's token checked and
 * its subject known: a forged token is refused with {@code 401} before it could claim anyone's allowance. The cost is
 * that a request over its limit has been through authentication (and, for a multipart form, the CSRF check, which
 * parses the body) before it is refused; the services bound bodies before that, in filters of their own.
 * <p>One allowance per client covers all the endpoints of one filter; the limiters are kept in a bounded cache
 * ({@link ClientLimiters}).
 */
public class RateLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Just after Spring Security's filter chain (Boot registers it at -100). */
    public static final int ORDER = -100 + 10;
    public static final String METER = "assay.rate.limited";

    private final RateLimitSettings settings;
    private final List<LimitedEndpoint> endpoints;
    private final MeterRegistry meters;
    private final ClientAddress addresses;
    private final ClientLimiters limiters;
    private final RateLimiterConfig perAddress;
    private final RateLimiterConfig perPartner;
    private final Supplier<Long> nanoTime;

    public RateLimitFilter(RateLimitSettings settings, List<LimitedEndpoint> endpoints, MeterRegistry meters) {
        this(settings, endpoints, meters, System::nanoTime);
    }

    RateLimitFilter(RateLimitSettings settings, List<LimitedEndpoint> endpoints, MeterRegistry meters,
                    Supplier<Long> nanoTime) {
        this.settings = settings;
        this.endpoints = List.copyOf(endpoints);
        this.meters = meters;
        this.addresses = new ClientAddress(settings.trustedProxies());
        this.limiters = new ClientLimiters(settings.maxTrackedClients());
        this.perAddress = config(settings.requestsPerPeriod(), settings.period());
        this.perPartner = config(settings.partnerRequestsPerPeriod(), settings.period());
        this.nanoTime = nanoTime;
        for (LimitedEndpoint endpoint : this.endpoints) {
            for (String client : List.of("address", "partner")) {
                counter(endpoint, client);
            }
        }
    }

    private static RateLimiterConfig config(int requests, Duration period) {
        return RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO) // a request over the limit is answered at once, never parked
                .build();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LimitedEndpoint endpoint = settings.enabled() ? endpointOf(request) : null;
        if (endpoint == null) {
            chain.doFilter(request, response);
            return;
        }
        String partner = partner();
        String key = partner != null ? "partner:" + partner : "address:" + addresses.of(request);
        RateLimiterConfig config = partner != null ? perPartner : perAddress;
        RateLimiter limiter = limiters.of(key, name -> RateLimiter.of(name, config, nanoTime));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        counter(endpoint, partner != null ? "partner" : "address").increment();
        long retryAfter = retryAfterSeconds(limiter);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        endpoint.rejection().reject(request, response, retryAfter);
    }

    private LimitedEndpoint endpointOf(HttpServletRequest request) {
        for (LimitedEndpoint endpoint : endpoints) {
            if (endpoint.matches(request)) {
                return endpoint;
            }
        }
        return null;
    }

    /** The subject of a partner's checked token, or null for anyone else (anonymous callers, analysts). */
    private static String partner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        boolean isPartner = authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.PARTNER.authority().equals(authority.getAuthority()));
        return isPartner ? authentication.getName() : null;
    }

    /** Whole seconds until the next permit, at least one. */
    private static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    private Counter counter(LimitedEndpoint endpoint, String client) {
        return Counter.builder(METER)
                .description("Requests refused with 429 because their client was over its rate limit")
                .tag("endpoint", endpoint.name())
                .tag("client", client)
                .register(meters);
    }

    /** How many clients' limiters are kept now; never more than {@code max-tracked-clients}. */
    int trackedClients() {
        return limiters.size();
    }
}
