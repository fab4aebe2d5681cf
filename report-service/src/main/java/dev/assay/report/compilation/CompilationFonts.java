package dev.assay.report.compilation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private CompilationFonts() {
    }

    /** Registers every font, to be embedded as a subset of the glyphs used. */
    static void register(PdfRendererBuilder builder) {
        for (Font font : FONTS) {
            builder.useFont(() -> open(font), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
    }

    private static InputStream open(Font font) {
        InputStream stream = CompilationFonts.class.getResourceAsStream(FOLDER + font.resource());
        if (stream == null) {
            throw new UncheckedIOException(new FileNotFoundException("font " + FOLDER + font.resource()
                    + " is not on the class path"));
        }
        return stream;
    }
}
