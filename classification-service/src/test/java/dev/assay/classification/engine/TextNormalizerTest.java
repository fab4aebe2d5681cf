package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void foldsCaseAccentsAndLigatures() {
        assertThat(TextNormalizer.normalize("Mise en Œuvre des RÉSIDUS").text()).isEqualTo("mise en oeuvre des residus");
    }

    @Test
    void aLigatureUnfoldedIntoTwoLettersMapsBothToTheOneOriginalCharacter() {
        NormalizedText text = TextNormalizer.normalize("Œuvre");

        assertThat(text.text()).isEqualTo("oeuvre");
        assertThat(text.originalStart(1)).isZero();
        assertThat(text.originalEnd(2)).isEqualTo(1);
        assertThat(text.originalEnd(6)).isEqualTo(5);
    }

    @Test
    void aTextWhoseCharactersFoldOneToOneMapsEachToItsOwnOffset() {
        String original = "Résidus MINIERS, 尾矿 и хвосты";

        NormalizedText text = TextNormalizer.normalize(original);

        assertThat(text.text()).isEqualTo("residus miniers, 尾矿 и хвосты");
        for (int i = 0; i < original.length(); i++) {
            assertThat(text.originalStart(i)).as("start of %d", i).isEqualTo(i);
            assertThat(text.originalEnd(i + 1)).as("end of %d", i).isEqualTo(i + 1);
        }
        assertThat(text.originalStart(original.length())).isEqualTo(original.length());
        assertThat(text.originalEnd(0)).isZero();
    }

    @Test
    void offsetsBeforeTheFirstCharacterThatFoldsToTwoStayPutAndThoseAfterItShift() {
        String original = "Les résidus: Œuvre d'art";

        NormalizedText text = TextNormalizer.normalize(original);

        assertThat(text.text()).isEqualTo("les residus: oeuvre d'art");
        assertThat(text.originalStart(4)).isEqualTo(4);
        assertThat(text.originalEnd(11)).isEqualTo(11);
        assertThat(text.originalStart(13)).isEqualTo(13);
        assertThat(text.originalStart(14)).isEqualTo(13);
        assertThat(text.originalEnd(15)).isEqualTo(14);
        assertThat(text.originalStart(20)).isEqualTo(19);
        assertThat(text.originalEnd(text.text().length())).isEqualTo(original.length());
    }

    @Test
    void combiningAccentsFoldIntoTheirLetterAndMapBackToBothCharacters() {
        String decomposed = "re\u0301sidus";

        NormalizedText text = TextNormalizer.normalize(decomposed);

        assertThat(text.text()).isEqualTo("residus");
        assertThat(text.originalStart(2)).isEqualTo(3);
        assertThat(text.originalEnd(7)).isEqualTo(decomposed.length());
    }

    @Test
    void arabicIndicDigitsBecomeAsciiDigits() {
        assertThat(TextNormalizer.normalize("القرار ٥/١٢").text()).isEqualTo("القرار 5/12");
    }

    @Test
    void arabicHamzaSeatsTaMarbutaAndTatweelAreUnified() {
        assertThat(TextNormalizer.normalize("إعادة معالـجة").text()).isEqualTo("اعاده معالجه");
    }

    @Test
    void cyrillicKeepsShortIButLosesTheDiaeresisOfYo() {
        assertThat(TextNormalizer.normalize("Литий и сырьё").text()).isEqualTo("литий и сырье");
    }

    @Test
    void fullWidthFormsAndTypographicApostrophesArePlain() {
        assertThat(TextNormalizer.normalize("Ｔａｉｌｉｎｇｓ d’Ivoire").text()).isEqualTo("tailings d'ivoire");
    }

    @Test
    void aCharacterStandingAloneFoldsInTextExactlyAsTheFullFoldingDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String alone = String.valueOf((char) c);

            NormalizedText text = TextNormalizer.normalize(alone);

            assertThat(text.text()).as("U+%04X", c).isEqualTo(TextNormalizer.fold(alone));
        }
    }

    @Test
    void aLoneSurrogateIsKeptAsItIs() {
        assertThat(TextNormalizer.normalize("a\uD800b\uDC00").text()).isEqualTo("a\uD800b\uDC00");
    }
}
