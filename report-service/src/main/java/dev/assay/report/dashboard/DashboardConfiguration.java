package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The interface language of every page, by {@link InterfaceLanguage}'s rule. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    /** Named so: the dispatcher servlet looks the resolver up by this name. */
    @Bean
    LocaleResolver localeResolver() {
        return new RequestLanguage.Resolver();
    }
}
