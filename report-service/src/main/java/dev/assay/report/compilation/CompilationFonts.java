package dev.assay.report.compilation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fonts the PDF embeds, bundled with report-service (under {@code compilation/fonts}, each family with its SIL Open
 * Font License), so that a fresh clone builds and renders the same PDF on any machine: Noto Sans (Latin, Greek,
 * Cyrillic), Noto Sans Arabic and Noto Sans SC (Chinese). All have TrueType outlines, which PDFBox subsets and embeds;
 * the CFF-based Noto Sans CJK (.otf, .ttc) that Debian packages ship would not embed. The renderer takes, for each
 * character, the first family of the style's {@code font-family} list that has it.
 */
final class CompilationFonts {

    /** A font file and the family and weight it is registered under. */
    record Font(String resource, String family, int weight) {
    }

    static final List<Font> FONTS = List.of(
            new Font("NotoSans-Regular.ttf", "Noto Sans", 400),
            new Font("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Font("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new Font("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            // one weight: the Chinese font is 10 MB a weight, and headings rarely hold Chinese
            new Font("NotoSansSC-Regular.ttf", "Noto Sans SC", 400));
    private static final String FOLDER = "/compilation/fonts/";
    private static final int GSUB = tag("GSUB");
    /** A tag no font table has, so no reader takes the table for what it is. */
    private static final int HIDDEN_GSUB = tag("gsub");

    private CompilationFonts() {
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    /** Registers every font, to be embedded as a subset of the glyphs used. */
    static void register(PdfRendererBuilder builder) {
        for (Font font : FONTS) {
            builder.useFont(() -> open(font), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
    }

    /** Noto Sans Regular, as {@link #register} gives it: for what PDFBox writes itself (the page numbers). */
    static InputStream regular() {
        return open(FONTS.get(0));
    }

    private static InputStream open(Font font) {
        try (InputStream stream = CompilationFonts.class.getResourceAsStream(FOLDER + font.resource())) {
            if (stream == null) {
                throw new FileNotFoundException("font " + FOLDER + font.resource() + " is not on the class path");
            }
            return new ByteArrayInputStream(withoutGlyphSubstitution(stream.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table ({@code GSUB}) hidden from PDFBox: its entry in the table directory
     * is renamed, so PDFBox finds none. PDFBox 3 applies a font's ligatures itself whenever text is shown, through
     * regular expressions it builds for every string: 69 % of a compilation's time in a profile of 2 000
     * communications (JFR, {@code PDAbstractContentStream.encodeForGsub}). The compilation loses nothing by it: Arabic
     * is shaped into its presentation forms by ICU before PDFBox sees it, and Latin, Cyrillic and Chinese text reads
     * the same without ligatures (copying text out of the PDF gives letters, not ligature glyphs).
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer sfnt = ByteBuffer.wrap(font);
        int tables = sfnt.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (sfnt.getInt(entry) == GSUB) {
                sfnt.putInt(entry, HIDDEN_GSUB);
            }
        }
        return font;
    }
}
