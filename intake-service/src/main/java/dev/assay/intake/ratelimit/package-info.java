/**
 * The rate limit of intake's public writing endpoints: one {@link dev.assay.contracts.web.RateLimitFilter} over every
 * {@link dev.assay.contracts.web.LimitedEndpoint} another package declares (the form, the API), configured by
 * {@code assay.rate-limit.*}.
 */
package dev.assay.intake.ratelimit;
