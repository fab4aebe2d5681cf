package dev.assay.intake.form;

import dev.assay.contracts.web.InterfaceLanguage;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the interface language: the one the visitor picked (remembered in a cookie), else the best match of
 * their browser's {@code Accept-Language} among the six, else English. Never a language the form does not speak,
 * so the {@code lang} attribute always tells the truth.
 */
class InterfaceLanguageResolver implements LocaleResolver {

    static final String COOKIE = "assay-lang";
    private static final String CHOSEN = InterfaceLanguageResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof InterfaceLanguage chosen) {
            return chosen.locale();
        }
        return fromCookie(request).orElseGet(() -> fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .locale();
    }

    /** Remembers a supported language for a year; anything else is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || InterfaceLanguage.of(locale.getLanguage()).isEmpty() || response == null) {
            return;
        }
        InterfaceLanguage language = InterfaceLanguage.of(locale);
        request.setAttribute(CHOSEN, language);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(Duration.ofDays(365))
                .sameSite("Lax")
                .httpOnly(true)
                .secure(request.isSecure())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Optional<InterfaceLanguage> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return InterfaceLanguage.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static InterfaceLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return InterfaceLanguage.DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), InterfaceLanguage.locales());
            return match == null ? InterfaceLanguage.DEFAULT : InterfaceLanguage.of(match);
        } catch (IllegalArgumentException malformed) {
            return InterfaceLanguage.DEFAULT;
        }
    }
}
