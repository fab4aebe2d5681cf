package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.Participation;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the compilation in one format as its parts arrive, in the document's order: the cover, participation, the
 * overview, each theme with its regions and their entries, the annex and its lines, then {@link #finish()}. A writer
 * keeps no more of what it was given than its format needs.
 */
interface CompilationWriter extends Closeable {

    void cover(Cover cover) throws IOException;

    void participation(Participation participation) throws IOException;

    void overview(Overview overview) throws IOException;

    /** A theme's section begins; {@code count} communications follow in its regions (a campaign counts once). */
    void theme(Theme theme, long count) throws IOException;

    /** A region of the current theme begins, with {@code count} entries. */
    void region(Region region, long count) throws IOException;

    void entry(Entry entry) throws IOException;

    /** The annex begins, listing {@code count} communications. */
    void annex(long count) throws IOException;

    void annexLine(AnnexLine line) throws IOException;

    /** Completes the document and writes what is left; the writer is not used afterwards. */
    void finish() throws IOException;

    /** Releases what the writer holds outside the heap, finished or not (the PDF's scratch files). */
    @Override
    default void close() throws IOException {
    }
}
