package dev.assay.contracts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the services' pages speak: the six official UN languages, in the UN's order. The submission form
 * (intake-service) and the dashboard (report-service) show the same six, with the same tags and names; each service
 * decides how a request chooses one (a cookie for the form, the address for the dashboard).
 */
public enum InterfaceLanguage {
    ARABIC("ar", "ar", "العربية"),
    CHINESE("zh", "zh-Hans", "中文"),
    ENGLISH("en", "en", "English"),
    FRENCH("fr", "fr", "Français"),
    RUSSIAN("ru", "ru", "Русский"),
    SPANISH("es", "es", "Español");

    /** The language of a request that names none of the six. */
    public static final InterfaceLanguage DEFAULT = ENGLISH;

    private final String code;
    private final String tag;
    private final String nativeName;

    InterfaceLanguage(String code, String tag, String nativeName) {
        this.code = code;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The ISO 639-1 code: the value of {@code ?lang=} and of the form's language cookie. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for the {@code lang} attribute; Chinese is written in simplified characters. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return this == ARABIC;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of an ISO 639-1 code, in any case; empty for any other value, null included. */
    public static Optional<InterfaceLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The language of a locale, {@link #DEFAULT} when it is none of the six. */
    public static InterfaceLanguage of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage()).orElse(DEFAULT);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(InterfaceLanguage::locale).toList();
    }
}
