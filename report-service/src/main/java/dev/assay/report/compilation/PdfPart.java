package dev.assay.report.compilation;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays out one part of the compilation's page, an XHTML file, into a PDF file with openhtmltopdf: the fonts embedded as
 * subsets of the glyphs used, Arabic shaped and ordered by ICU (the renderer's RTL support), and no resource outside
 * the page loaded.
 */
final class PdfPart {

    private PdfPart() {
    }

    static void layOut(Path xhtml, Path pdf) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(XhtmlFile.parse(xhtml), null);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        // the page refers to nothing outside itself: whatever a text holds, the renderer fetches nothing
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        CompilationFonts.register(builder);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            builder.toStream(out);
            builder.run();
        }
    }
}
