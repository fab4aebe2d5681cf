package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a dashboard request asks for, one of the six UN languages. It is chosen with {@code ?lang=xx}, kept in
 * every link and form of the dashboard so that a shared URL opens in the same language, and otherwise taken from
 * {@code Accept-Language}; English when neither names one of the six. No cookie: the public pages stay stateless.
 */
public final class RequestLanguage {

    public static final String PARAMETER = "lang";

    private RequestLanguage() {
    }

    /** The {@code lang} parameter when it names one of the six, else the best of {@code Accept-Language}, else English. */
    public static InterfaceLanguage of(HttpServletRequest request) {
        Optional<InterfaceLanguage> chosen = InterfaceLanguage.of(request.getParameter(PARAMETER));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            Optional<InterfaceLanguage> accepted = InterfaceLanguage.of(requested.nextElement().getLanguage());
            if (accepted.isPresent()) {
                return accepted.get();
            }
        }
        return InterfaceLanguage.DEFAULT;
    }

    /** The request's locale for messages and formats everywhere in report-service, by the rule of {@link #of}. */
    static final class Resolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return of(request).locale();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            throw new UnsupportedOperationException("the language is chosen with ?lang=, not stored");
        }
    }
}
