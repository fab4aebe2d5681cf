package dev.assay.classification.api;

import dev.assay.contracts.web.LimitedEndpoint;
import dev.assay.contracts.web.RateLimitFilter;
import dev.assay.contracts.web.RateLimitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The dry run's settings, the byte limit on its request body and its rate limit ({@code assay.rate-limit.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DryRunProperties.class, RateLimitSettings.class})
class DryRunConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> dryRunBodyLimit(DryRunProperties properties) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxChars()));
        registration.addUrlPatterns(DryRunController.PATH);
        return registration;
    }

    /** After Spring Security's chain, so that a partner's token is known (RateLimitFilter.ORDER). */
    @Bean
    RateLimitFilter dryRunRateLimit(RateLimitSettings settings, MeterRegistry meters) {
        return new RateLimitFilter(settings, List.of(LimitedEndpoint.post("classify", DryRunController.PATH)), meters);
    }
}
