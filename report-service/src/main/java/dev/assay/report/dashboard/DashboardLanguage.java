package dev.assay.report.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six UN languages of the interface. The language is chosen with {@code ?lang=xx}, kept in every link and form of
 * the dashboard so that a shared URL opens in the same language, and otherwise taken from {@code Accept-Language};
 * English when neither names one of the six. No cookie: the public pages stay stateless.
 */
public enum DashboardLanguage {
    // the UN's order, as the submission form lists them
    AR("ar", "ar", "العربية"), ZH("zh", "zh-Hans", "中文"), EN("en", "en", "English"), FR("fr", "fr", "Français"),
    RU("ru", "ru", "Русский"), ES("es", "es", "Español");

    public static final String PARAMETER = "lang";

    private final String code;
    private final String tag;
    private final String name;

    DashboardLanguage(String code, String tag, String name) {
        this.code = code;
        this.tag = tag;
        this.name = name;
    }

    /** The value of {@code ?lang=}. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for the {@code lang} attribute; Chinese is written in simplified characters. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the language switcher shows it. */
    public String nativeName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    public static List<DashboardLanguage> all() {
        return List.of(values());
    }

    public static Optional<DashboardLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    /** The {@code lang} parameter when it names one of the six, else the best of {@code Accept-Language}, else English. */
    public static DashboardLanguage of(HttpServletRequest request) {
        Optional<DashboardLanguage> chosen = fromCode(request.getParameter(PARAMETER));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            Optional<DashboardLanguage> accepted = fromCode(requested.nextElement().getLanguage());
            if (accepted.isPresent()) {
                return accepted.get();
            }
        }
        return EN;
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
