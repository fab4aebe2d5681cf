package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.Participation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The compilation as PDF, laid out in parts so that the heap holds a part at a time, not the document.
 *
 * <p>openhtmltopdf lays out a whole page before it writes a byte: its boxes for 2 000 communications took most of a
 * 512 MB heap, and 10 000 did not fit. So the page is cut into parts as it is written (the cover, participation, the
 * overview, each theme, the annex), and a long theme or annex again every {@value #ENTRIES_PER_PART} entries or
 * {@value #ANNEX_LINES_PER_PART} lines, where it goes on under its heading marked as continued. Each part is written
 * as XHTML to a scratch folder and handed to {@link PdfLayout}'s threads as soon as it is complete, so parts are laid
 * out side by side while the next is read; {@link PdfParts} then joins their pages into one PDF with an outline of the
 * sections, written to {@code out}. Every section but the mandate begins on a new page anyway, so a cut costs at most
 * the rest of one page, and only inside a long section.
 */
final class PdfCompilation implements CompilationWriter {

    /** Entries of a theme in one part (a part is laid out whole, so its size bounds the heap a layout takes). */
    static final int ENTRIES_PER_PART = 200;
    /** Lines of the annex in one part. */
    static final int ANNEX_LINES_PER_PART = 1_500;

    private final OutputStream out;
    private final PdfLayout layout;
    private final Path scratch;
    private final int entriesPerPart;
    private final int annexLinesPerPart;
    private final PdfParts parts = new PdfParts();
    private String title = Cover.TITLE;
    private Path file;
    /** The current part's heading in the outline; null when it goes on with a section. */
    private String heading;
    private BufferedWriter writer;
    private HtmlCompilation page;
    private Theme theme;
    private Region region;
    private int inPart;
    private volatile boolean abandoned;

    PdfCompilation(OutputStream out, PdfLayout layout) throws IOException {
        this(out, layout, Path.of(System.getProperty("java.io.tmpdir")), ENTRIES_PER_PART, ANNEX_LINES_PER_PART);
    }

    /** A compilation whose scratch folder is made in {@code scratchIn}, cut after so many entries and annex lines. */
    PdfCompilation(OutputStream out, PdfLayout layout, Path scratchIn, int entriesPerPart, int annexLinesPerPart)
            throws IOException {
        this.out = out;
        this.layout = layout;
        this.scratch = Files.createTempDirectory(scratchIn, "compilation-");
        this.entriesPerPart = entriesPerPart;
        this.annexLinesPerPart = annexLinesPerPart;
    }

    @Override
    public void cover(Cover cover) throws IOException {
        title = cover.title();
        part("Cover");
        page.cover(cover);
    }

    @Override
    public void participation(Participation participation) throws IOException {
        part(Wording.PARTICIPATION);
        page.participation(participation);
    }

    @Override
    public void overview(Overview overview) throws IOException {
        part(Wording.OVERVIEW);
        page.overview(overview);
    }

    @Override
    public void theme(Theme theme, long count) throws IOException {
        part(theme.title());
        this.theme = theme;
        page.theme(theme, count);
    }

    @Override
    public void region(Region region, long count) throws IOException {
        if (inPart >= entriesPerPart) {
            part(null);
            page.continueTheme(theme);
        }
        this.region = region;
        page.region(region, count);
    }

    @Override
    public void entry(Entry entry) throws IOException {
        if (inPart >= entriesPerPart) {
            part(null);
            page.continueRegion(theme, region);
        }
        inPart++;
        page.entry(entry);
    }

    @Override
    public void annex(long count) throws IOException {
        part(Wording.ANNEX);
        page.annex(count);
    }

    @Override
    public void annexLine(AnnexLine line) throws IOException {
        if (inPart >= annexLinesPerPart) {
            part(null);
            page.continueAnnex();
        }
        inPart++;
        page.annexLine(line);
    }

    @Override
    public void finish() throws IOException {
        layOut();
        parts.join(title, out);
    }

    /**
     * Removes the scratch folder, whether or not the document was finished. Parts not yet taken up by a layout thread
     * are skipped and those being laid out are waited for, so that no thread writes into the folder once it is gone.
     */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            abandoned = true;
            parts.awaitAll();
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(PdfCompilation::delete);
            }
        }
    }

    /** Lays out the part written so far and begins the next, under {@code heading} in the outline (none: continued). */
    private void part(String heading) throws IOException {
        layOut();
        file = scratch.resolve("part-" + parts.size() + ".xhtml");
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        page = new HtmlCompilation(writer);
        page.begin(title, true);
        this.heading = heading;
        inPart = 0;
    }

    /** Hands the part written so far to a layout thread: the next part is written meanwhile. */
    private void layOut() throws IOException {
        if (page == null) {
            return;
        }
        page.finish();
        writer.close();
        writer = null;
        page = null;
        Path pdf = scratch.resolve(file.getFileName().toString().replace(".xhtml", ".pdf"));
        parts.add(heading, layout.layOut(file, pdf, () -> abandoned));
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
