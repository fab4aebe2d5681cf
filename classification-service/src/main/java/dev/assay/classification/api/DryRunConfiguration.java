package dev.assay.classification.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dry run's settings and the byte limit on its request body. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DryRunProperties.class)
class DryRunConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> dryRunBodyLimit(DryRunProperties properties) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxChars()));
        registration.addUrlPatterns(DryRunController.PATH);
        return registration;
    }
}
