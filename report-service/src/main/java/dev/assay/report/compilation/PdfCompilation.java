package dev.assay.report.compilation;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.Participation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compilation as PDF: the HTML page is streamed to a temporary file as its parts arrive, then laid out by
 * openhtmltopdf and written to {@code out}. Laying out pages needs the whole document, so the renderer holds the page's
 * DOM and its boxes once; the HTML itself is never held as a string, and the PDF goes straight to {@code out}. Arabic
 * is shaped and ordered by ICU (the renderer's RTL support); no resource outside the page is loaded.
 */
final class PdfCompilation implements CompilationWriter {

    private final OutputStream out;
    private final Path html;
    private final BufferedWriter writer;
    private final HtmlCompilation page;

    PdfCompilation(OutputStream out) throws IOException {
        this.out = out;
        this.html = Files.createTempFile("compilation-", ".xhtml");
        this.writer = Files.newBufferedWriter(html, StandardCharsets.UTF_8);
        this.page = new HtmlCompilation(writer);
    }

    @Override
    public void cover(Cover cover) throws IOException {
        page.cover(cover);
    }

    @Override
    public void participation(Participation participation) throws IOException {
        page.participation(participation);
    }

    @Override
    public void overview(Overview overview) throws IOException {
        page.overview(overview);
    }

    @Override
    public void theme(Theme theme, long count) throws IOException {
        page.theme(theme, count);
    }

    @Override
    public void region(Region region, long count) throws IOException {
        page.region(region, count);
    }

    @Override
    public void entry(Entry entry) throws IOException {
        page.entry(entry);
    }

    @Override
    public void annex(long count) throws IOException {
        page.annex(count);
    }

    @Override
    public void annexLine(AnnexLine line) throws IOException {
        page.annexLine(line);
    }

    @Override
    public void finish() throws IOException {
        try {
            page.finish();
            writer.close();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(XhtmlFile.parse(html), null);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            // the page refers to nothing outside itself: whatever a text holds, the renderer fetches nothing
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            CompilationFonts.register(builder);
            builder.toStream(out);
            builder.run();
        } finally {
            writer.close();
            Files.deleteIfExists(html);
        }
    }
}
