package dev.assay.report.compilation;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled fonts are TrueType-outline fonts (what PDFBox can embed) and between them cover the scripts of the six UN
 * languages, each family with its licence beside it.
 */
class CompilationFontsTest {

    private static final Map<String, String> SAMPLES = Map.of(
            "Noto Sans", "Résidus miniers, relaves mineros, хвосты обогащения",
            "Noto Sans Arabic", "بناء القدرات",
            "Noto Sans SC", "我们分享尾矿管理的最佳做法");

    @Test
    void everyFontHasTrueTypeOutlinesAndCoversItsScript() throws Exception {
        for (CompilationFonts.Font font : CompilationFonts.FONTS) {
            try (InputStream in = resource(font.resource());
                 TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                assertThat(ttf.getGlyph()).as(font.resource() + " has a glyf table (TrueType outlines)").isNotNull();
                String sample = SAMPLES.get(font.family());
                sample.codePoints().filter(Character::isLetter).forEach(c -> assertThatCovers(ttf, font, c));
            }
        }
    }

    @Test
    void theFontsReachPdfBoxWithoutTheirGlyphSubstitutionTableAndOtherwiseWhole() throws Exception {
        for (CompilationFonts.Font font : CompilationFonts.FONTS) {
            byte[] bytes;
            try (InputStream in = resource(font.resource())) {
                bytes = in.readAllBytes();
            }
            try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(bytes.clone()));
                 TrueTypeFont hidden = new TTFParser().parse(new RandomAccessReadBuffer(
                         CompilationFonts.withoutGlyphSubstitution(bytes.clone())))) {
                assertThat(original.getTableMap()).as(font.resource()).containsKey("GSUB");
                assertThat(hidden.getTableMap()).as(font.resource()).doesNotContainKey("GSUB");
                assertThat(hidden.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
                String sample = SAMPLES.get(font.family());
                sample.codePoints().filter(Character::isLetter).forEach(c -> assertThatCovers(hidden, font, c));
            }
        }
    }

    @Test
    void eachFamilyShipsWithItsOpenFontLicence() throws Exception {
        for (String family : new String[] {"NotoSans", "NotoSansArabic", "NotoSansSC"}) {
            try (InputStream licence = resource(family + "-OFL.txt")) {
                assertThat(new String(licence.readAllBytes())).contains("SIL Open Font License, Version 1.1");
            }
        }
    }

    private static void assertThatCovers(TrueTypeFont ttf, CompilationFonts.Font font, int codePoint) {
        try {
            assertThat(ttf.getUnicodeCmapLookup().getGlyphId(codePoint))
                    .as(font.resource() + " has " + new String(Character.toChars(codePoint))).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CompilationFontsTest.class.getResourceAsStream("/compilation/fonts/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
