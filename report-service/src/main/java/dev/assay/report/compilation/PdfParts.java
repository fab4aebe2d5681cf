package dev.assay.report.compilation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The parts of a PDF compilation, in the document's order, each laid out or being laid out, and their joining into one
 * PDF. The joined document keeps its page contents in a scratch file (PDFBox's temp-file stream cache), not in the
 * heap; each part is opened from its file, its pages copied, and closed before the next. The outline lists each
 * section at its part's first page, and every page but the cover gets its number.
 */
final class PdfParts {

    /** A part: its heading in the outline (none for a section's continuation) and its PDF once laid out. */
    private record Part(String heading, CompletableFuture<Path> pdf) {
    }

    private static final float PAGE_NUMBER_SIZE = 8;
    /** 10 mm above the page's lower edge, in the 20 mm margin below the text. */
    private static final float PAGE_NUMBER_BASELINE = 10 / 25.4f * 72;

    private final List<Part> parts = new ArrayList<>();

    int size() {
        return parts.size();
    }

    /** The next part, being laid out, under {@code heading} in the outline (null: it goes on with a section). */
    void add(String heading, CompletableFuture<Path> pdf) {
        parts.add(new Part(heading, pdf));
    }

    /** Waits for every part handed to a layout thread, laid out, skipped or failed. */
    void awaitAll() {
        CompletableFuture.allOf(parts.stream().map(part -> part.pdf().exceptionally(failed -> null))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Writes the parts' pages, in order, as one PDF titled {@code title}. */
    void join(String title, OutputStream out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument joined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Part part : parts) {
                int first = joined.getNumberOfPages();
                try (PDDocument source = Loader.loadPDF(laidOut(part).toFile())) {
                    merger.appendDocument(joined, source);
                }
                if (part.heading() != null && joined.getNumberOfPages() > first) {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle(part.heading());
                    item.setDestination(joined.getPage(first));
                    outline.addLast(item);
                }
            }
            number(joined);
            joined.getDocumentCatalog().setDocumentOutline(outline);
            joined.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            joined.getDocumentCatalog().setLanguage("en");
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(title);
            information.setCreator("Assay report-service");
            information.setCreationDate(Calendar.getInstance());
            joined.setDocumentInformation(information);
            joined.save(out);
        }
    }

    /**
     * Numbers every page but the cover, "n / total" at the foot: the parts could not, each counting from 1 and laid
     * out before the others' lengths are known. Noto Sans is embedded once more, as a subset of digits.
     */
    private static void number(PDDocument joined) throws IOException {
        PDFont font;
        try (InputStream regular = CompilationFonts.regular()) {
            font = PDType0Font.load(joined, regular, true);
        }
        int total = joined.getNumberOfPages();
        int number = 0;
        for (PDPage page : joined.getPages()) {
            number++;
            if (number == 1) {
                continue;
            }
            String label = number + " / " + total;
            PDRectangle box = page.getMediaBox();
            float width = font.getStringWidth(label) / 1000 * PAGE_NUMBER_SIZE;
            try (PDPageContentStream content = new PDPageContentStream(joined, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, PAGE_NUMBER_SIZE);
                content.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + PAGE_NUMBER_BASELINE);
                content.showText(label);
                content.endText();
            }
        }
    }

    private static Path laidOut(Part part) throws IOException {
        try {
            return part.pdf().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a part of the compilation was laid out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("a part of the compilation could not be laid out", e.getCause());
        }
    }
}
