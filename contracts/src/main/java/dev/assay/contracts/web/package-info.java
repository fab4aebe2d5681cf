/**
 * What the services share about their public HTTP endpoints: the rate limit of the writing endpoints anybody may
 * call ({@link dev.assay.contracts.web.RateLimitFilter}), per client address and per partner.
 * <p>Spring Web, Spring Security, Resilience4j's rate limiter and Micrometer are optional dependencies here: a service
 * that applies the filter declares them (all but Resilience4j come with its web and resource-server starters).
 */
package dev.assay.contracts.web;
