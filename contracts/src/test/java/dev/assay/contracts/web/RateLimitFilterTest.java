package dev.assay.contracts.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private static final String PATH = "/api/v1/classify";

    private final AtomicLong nanoTime = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void forgetAuthentication() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRequestAfterTheAllowanceIsRefusedWith429ProblemAndRetryAfter() throws Exception {
        RateLimitFilter filter = filter(settings(3, Duration.ofMinutes(1), List.of()));

        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(200);
        }
        nanoTime.addAndGet(TimeUnit.SECONDS.toNanos(15));
        MockHttpServletResponse refused = send(filter, post("10.0.0.1"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("45");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(refused.getContentAsString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"detail\":\"Too many requests from this client; try again in 45 s.\","
                + "\"instance\":\"/api/v1/classify\",\"retryAfterSeconds\":45}");
    }

    @Test
    void aRefusedRequestGoesNoFurther() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        send(filter, post("10.0.0.1"));

        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post("10.0.0.1"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anotherAddressKeepsItsOwnAllowance() throws Exception {
        RateLimitFilter filter = filter(settings(2, Duration.ofMinutes(1), List.of()));
        send(filter, post("10.0.0.1"));
        send(filter, post("10.0.0.1"));

        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(429);
        assertThat(send(filter, post("10.0.0.2")).getStatus()).isEqualTo(200);
    }

    @Test
    void theAllowanceComesBackAfterThePeriod() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        send(filter, post("10.0.0.1"));
        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(429);

        nanoTime.addAndGet(TimeUnit.MINUTES.toNanos(1));

        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(200);
    }

    @Test
    void refusalsAreCountedByEndpointAndKindOfClient() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        for (int i = 0; i < 4; i++) {
            send(filter, post("10.0.0.1"));
        }

        assertThat(meters.get(RateLimitFilter.METER).tag("endpoint", "classify").tag("client", "address")
                .counter().count()).isEqualTo(3.0);
        assertThat(meters.get(RateLimitFilter.METER).tag("endpoint", "classify").tag("client", "partner")
                .counter().count()).isZero();
    }

    @Test
    void otherPathsAndMethodsAreNotLimited() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        send(filter, post("10.0.0.1"));

        MockHttpServletRequest get = post("10.0.0.1");
        get.setMethod("GET");
        MockHttpServletRequest other = post("10.0.0.1");
        other.setRequestURI("/api/v1/other");

        assertThat(send(filter, get).getStatus()).isEqualTo(200);
        assertThat(send(filter, other).getStatus()).isEqualTo(200);
        MockHttpServletRequest trailingSlash = post("10.0.0.1");
        trailingSlash.setRequestURI(PATH + "/");
        assertThat(send(filter, trailingSlash).getStatus()).isEqualTo(429);
    }

    @Test
    void aPartnerIsLimitedByItsTokenSubjectWithItsOwnAllowance() throws Exception {
        RateLimitFilter filter = filter(new RateLimitSettings(true, 1, Duration.ofMinutes(1), 3, 100, List.of()));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("partner-fr", null, "ROLE_PARTNER"));

        // from three addresses, one allowance: the partner's
        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(200);
        assertThat(send(filter, post("10.0.0.2")).getStatus()).isEqualTo(200);
        assertThat(send(filter, post("10.0.0.3")).getStatus()).isEqualTo(200);
        assertThat(send(filter, post("10.0.0.4")).getStatus()).isEqualTo(429);
        assertThat(meters.get(RateLimitFilter.METER).tag("client", "partner").counter().count()).isEqualTo(1.0);

        // an anonymous caller at one of those addresses still has its own
        SecurityContextHolder.clearContext();
        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(200);
    }

    @Test
    void anAuthenticatedAnalystIsLimitedByAddressLikeAnyoneElse() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("alice", null, "ROLE_ANALYST"));

        send(filter, post("10.0.0.1"));

        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(429);
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of()));
        send(filter, forwarded("10.0.0.1", "192.0.2.1"));

        // a client cannot buy a fresh allowance by naming another address
        assertThat(send(filter, forwarded("10.0.0.1", "192.0.2.2")).getStatus()).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedForwardedAddressIsTheClient() throws Exception {
        RateLimitFilter filter = filter(settings(1, Duration.ofMinutes(1), List.of("10.0.0.0/24")));
        assertThat(send(filter, forwarded("10.0.0.9", "192.0.2.1")).getStatus()).isEqualTo(200);

        assertThat(send(filter, forwarded("10.0.0.9", "192.0.2.1")).getStatus()).isEqualTo(429);
        assertThat(send(filter, forwarded("10.0.0.9", "192.0.2.2")).getStatus()).isEqualTo(200);
        // what the client itself prepends is left of the address the proxy saw, so it changes nothing
        assertThat(send(filter, forwarded("10.0.0.9", "198.51.100.7, 192.0.2.1, 10.0.0.8")).getStatus())
                .isEqualTo(429);
    }

    @Test
    void theLimitersKeptStayBoundedWhileAddressesRotate() throws Exception {
        RateLimitFilter filter = filter(new RateLimitSettings(true, 1, Duration.ofMinutes(1), 1, 50, List.of()));

        for (int i = 0; i < 5_000; i++) {
            send(filter, post("198.51." + (i / 256) + "." + (i % 256)));
        }

        assertThat(filter.trackedClients()).isEqualTo(50);
    }

    @Test
    void switchedOffItLetsEverythingThrough() throws Exception {
        RateLimitFilter filter = filter(new RateLimitSettings(false, 1, Duration.ofMinutes(1), 1, 50, List.of()));
        send(filter, post("10.0.0.1"));

        assertThat(send(filter, post("10.0.0.1")).getStatus()).isEqualTo(200);
    }

    @Test
    void anEndpointMayAnswerARefusalItsOwnWay() throws Exception {
        RateLimitRejection page = (request, response, retryAfter) -> response.getWriter().write("busy " + retryAfter);
        RateLimitFilter filter = new RateLimitFilter(settings(1, Duration.ofSeconds(30), List.of()),
                List.of(LimitedEndpoint.post("classify", PATH).answeredBy(page)), meters, nanoTime::get);
        send(filter, post("10.0.0.1"));

        MockHttpServletResponse refused = send(filter, post("10.0.0.1"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.getContentAsString()).isEqualTo("busy 30");
    }

    private RateLimitFilter filter(RateLimitSettings settings) {
        return new RateLimitFilter(settings, List.of(LimitedEndpoint.post("classify", PATH)), meters, nanoTime::get);
    }

    private static RateLimitSettings settings(int requests, Duration period, List<String> trustedProxies) {
        return new RateLimitSettings(true, requests, period, 100, 1_000, trustedProxies);
    }

    private static MockHttpServletRequest post(String remoteAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", PATH);
        request.setRemoteAddr(remoteAddress);
        return request;
    }

    private static MockHttpServletRequest forwarded(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = post(remoteAddress);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    private static MockHttpServletResponse send(RateLimitFilter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
