package dev.assay.report.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /dashboard/sign-in}: the link a page shows to start the sign-in, a redirect to Spring Security's
 * authorization request for the registration {@value IssuerClientRegistrations#REGISTRATION_ID}. A link, not a
 * form, so the redirect to the issuer is a plain navigation that the pages' {@code form-action 'self'} does not
 * govern. A view controller rather than a controller method: it is no part of the API and its OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class SignInLink implements WebMvcConfigurer {

    static final String PATH = "/dashboard/sign-in";
    static final String AUTHORIZATION = "/oauth2/authorization/" + IssuerClientRegistrations.REGISTRATION_ID;

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(PATH, AUTHORIZATION);
    }
}
