package dev.assay.report.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /dashboard/sign-in}: the link a page shows to start the sign-in. A link, not a form, so the redirect to
 * the issuer is a plain navigation and the pages' {@code form-action 'self'} does not stand in its way.
 */
@Controller
class SignInController {

    static final String PATH = "/dashboard/sign-in";
    static final String AUTHORIZATION = "/oauth2/authorization/" + IssuerClientRegistrations.REGISTRATION_ID;

    @GetMapping(PATH)
    String signIn() {
        return "redirect:" + AUTHORIZATION;
    }
}
