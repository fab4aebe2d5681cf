package dev.assay.report.compilation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * The parts of the compilation laid out so far, and their joining into one PDF. The joined document keeps its page
 * contents in a scratch file (PDFBox's temp-file stream cache), not in the heap; each part is opened from its file,
 * its pages copied, and closed before the next. The outline lists each section at its part's first page.
 */
final class PdfParts {

    /** A part: its PDF once laid out, and its heading in the outline (none for a section's continuation). */
    private static final class Part {
        private final String heading;
        private Path pdf;

        Part(String heading) {
            this.heading = heading;
        }
    }

    private final List<Part> parts = new ArrayList<>();

    int size() {
        return parts.size();
    }

    void begin(String heading) {
        parts.add(new Part(heading));
    }

    void laidOut(Path pdf) {
        parts.get(parts.size() - 1).pdf = pdf;
    }

    /** Writes the parts' pages, in order, as one PDF titled {@code title}. */
    void join(String title, OutputStream out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument joined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Part part : parts) {
                int first = joined.getNumberOfPages();
                try (PDDocument source = Loader.loadPDF(part.pdf.toFile())) {
                    merger.appendDocument(joined, source);
                }
                if (part.heading != null && joined.getNumberOfPages() > first) {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle(part.heading);
                    item.setDestination(joined.getPage(first));
                    outline.addLast(item);
                }
            }
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
}
