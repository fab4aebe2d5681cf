package dev.assay.contracts.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InterfaceLanguageTest {

    @Test
    void theSixUnLanguagesAreListedInTheUnsOrder() {
        assertThat(Arrays.stream(InterfaceLanguage.values()).map(InterfaceLanguage::code))
                .containsExactly("ar", "zh", "en", "fr", "ru", "es");
    }

    @Test
    void onlyArabicIsWrittenRightToLeftAndChineseIsTaggedAsSimplified() {
        assertThat(Arrays.stream(InterfaceLanguage.values()).filter(InterfaceLanguage::rightToLeft))
                .containsExactly(InterfaceLanguage.ARABIC);
        assertThat(InterfaceLanguage.CHINESE.tag()).isEqualTo("zh-Hans");
        assertThat(InterfaceLanguage.RUSSIAN.nativeName()).isEqualTo("Русский");
    }

    @Test
    void aCodeNamesItsLanguageInAnyCaseAndAnythingElseNamesNone() {
        assertThat(InterfaceLanguage.of("FR")).contains(InterfaceLanguage.FRENCH);
        assertThat(InterfaceLanguage.of("de")).isEmpty();
        assertThat(InterfaceLanguage.of("")).isEmpty();
        assertThat(InterfaceLanguage.of((String) null)).isEqualTo(Optional.empty());
    }

    @Test
    void aLocaleOutsideTheSixFallsBackToEnglish() {
        assertThat(InterfaceLanguage.of(Locale.forLanguageTag("es-MX"))).isEqualTo(InterfaceLanguage.SPANISH);
        assertThat(InterfaceLanguage.of(Locale.GERMANY)).isEqualTo(InterfaceLanguage.DEFAULT)
                .isEqualTo(InterfaceLanguage.ENGLISH);
        assertThat(InterfaceLanguage.of((Locale) null)).isEqualTo(InterfaceLanguage.ENGLISH);
        assertThat(InterfaceLanguage.locales()).hasSize(6).contains(Locale.forLanguageTag("zh"));
    }
}
