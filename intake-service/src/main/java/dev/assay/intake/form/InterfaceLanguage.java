package dev.assay.intake.form;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the form speaks: the six official UN languages, in the UN's order. */
public enum InterfaceLanguage {
    ARABIC("ar", "ar", "العربية", true),
    CHINESE("zh", "zh-Hans", "中文", false),
    ENGLISH("en", "en", "English", false),
    FRENCH("fr", "fr", "Français", false),
    RUSSIAN("ru", "ru", "Русский", false),
    SPANISH("es", "es", "Español", false);

    static final InterfaceLanguage DEFAULT = ENGLISH;

    private final String code;
    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    InterfaceLanguage(String code, String tag, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The value of {@code ?lang=} and of the language cookie. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for the {@code lang} attribute; Chinese is written in simplified characters. */
    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    Locale locale() {
        return Locale.forLanguageTag(code);
    }

    static Optional<InterfaceLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    static InterfaceLanguage of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage()).orElse(DEFAULT);
    }

    static List<Locale> locales() {
        return Arrays.stream(values()).map(InterfaceLanguage::locale).toList();
    }
}
