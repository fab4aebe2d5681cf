package dev.assay.intake.ratelimit;

import dev.assay.contracts.web.LimitedEndpoint;
import dev.assay.contracts.web.RateLimitFilter;
import dev.assay.contracts.web.RateLimitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * One allowance per client over all of intake's limited endpoints: a client address (anonymous callers of the form
 * and the API), or a partner's token subject with the partner allowance. The filter runs after Spring Security's
 * chain ({@link RateLimitFilter#ORDER}), so a partner's token has been checked when its subject is read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitSettings settings, List<LimitedEndpoint> endpoints, MeterRegistry meters) {
        return new RateLimitFilter(settings, endpoints, meters);
    }
}
