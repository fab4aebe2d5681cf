package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The character table answers exactly what the JDK's character data answers, for every character. */
class CharacterClassesTest {

    @Test
    void everyCharacterOfTheBasicMultilingualPlaneIsClassedAsTheJdkClassesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            int type = Character.getType(c);
            String at = "U+%04X".formatted(c);
            assertThat(CharacterClasses.isIdeograph(c)).as(at).isEqualTo(script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA);
            assertThat(CharacterClasses.isWordChar(c)).as(at)
                    .isEqualTo(Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK);
            assertThat(CharacterClasses.isMark(c)).as(at).isEqualTo(c >= 0x300 && (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c >= 0xFE00 && c <= 0xFE0F));
            assertThat(CharacterClasses.breaksSentence((char) c)).as(at).isEqualTo(".!?;:…。！？；：؟؛".indexOf(c) >= 0);
            assertThat(CharacterClasses.is(c, CharacterClasses.LETTER)).as(at).isEqualTo(Character.isLetter(c));
            assertThat(CharacterClasses.is(c, CharacterClasses.ARABIC)).as(at)
                    .isEqualTo(script == Character.UnicodeScript.ARABIC);
            assertThat(CharacterClasses.is(c, CharacterClasses.CYRILLIC)).as(at)
                    .isEqualTo(script == Character.UnicodeScript.CYRILLIC);
            assertThat(CharacterClasses.is(c, CharacterClasses.LATIN)).as(at)
                    .isEqualTo(script == Character.UnicodeScript.LATIN);
            assertThat(CharacterClasses.is(c, CharacterClasses.HAN)).as(at)
                    .isEqualTo(script == Character.UnicodeScript.HAN);
            assertThat(CharacterClasses.is(c, CharacterClasses.SEPARATE_HAN)).as(at)
                    .isEqualTo(script == Character.UnicodeScript.HAN && type != Character.MODIFIER_LETTER);
            assertThat(CharacterClasses.is(c, CharacterClasses.JOINS_PREVIOUS)).as(at).isEqualTo(
                    type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                            || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                            || Character.isSurrogate((char) c));
        }
    }

    @Test
    void charactersBeyondTheBasicMultilingualPlaneAreAskedOfTheJdk() {
        int extensionBIdeograph = 0x20000;
        int emoji = 0x1F600;
        int mathematicalBoldA = 0x1D400;

        assertThat(CharacterClasses.isIdeograph(extensionBIdeograph)).isTrue();
        assertThat(CharacterClasses.isWordChar(emoji)).isFalse();
        assertThat(CharacterClasses.isWordChar(mathematicalBoldA)).isTrue();
        assertThat(CharacterClasses.isIdeograph(mathematicalBoldA)).isFalse();
    }
}
