package dev.assay.intake.form;

import dev.assay.contracts.web.LimitedEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The interface language (chosen with {@code ?lang=xx}, remembered in a cookie) and the form's helpers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FormProperties.class)
public class FormConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    /** Named {@code localeResolver}: the name the DispatcherServlet looks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new InterfaceLanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setHttpMethods("GET");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**", "/actuator/**");
    }

    @Bean
    ConfirmationLink confirmationLink(FormProperties properties) {
        return new ConfirmationLink(properties.confirmationSecret());
    }

    /** The form's post is rate-limited (dev.assay.intake.ratelimit); over the limit a browser sees the form again. */
    @Bean
    LimitedEndpoint formRateLimit() {
        return LimitedEndpoint.post("web-form", SubmissionFormController.FORM_PATH).answeredBy(new FormRateLimit());
    }

    @Bean
    CountryOptions countryOptions() {
        return new CountryOptions();
    }
}
