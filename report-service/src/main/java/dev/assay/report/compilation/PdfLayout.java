package dev.assay.report.compilation;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The threads that lay out the parts of PDF compilations, shared by every request ({@code layoutThreads} of them), so
 * that the parts of one compilation are laid out side by side while its next parts are still being read, and the
 * heap never holds more parts at once than there are threads.
 */
@Component
class PdfLayout implements DisposableBean {

    private final ExecutorService threads;

    PdfLayout(CompilationProperties properties) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "compilation-layout-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(properties.layoutThreads(), factory);
    }

    /**
     * Lays out a part's XHTML into {@code pdf} on one of the threads, then removes the XHTML; skipped when
     * {@code abandoned} says so by the time a thread takes it up (the compilation failed or its client left).
     */
    CompletableFuture<Path> layOut(Path xhtml, Path pdf, BooleanSupplier abandoned) {
        return CompletableFuture.supplyAsync(() -> {
            if (abandoned.getAsBoolean()) {
                return null;
            }
            try {
                PdfPart.layOut(xhtml, pdf);
                Files.delete(xhtml);
                return pdf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads);
    }

    /**
     * Takes no more parts, but lays out those handed over: a part dropped from the queue would leave its future
     * unfinished, and the request that waits for it (or for its scratch folder to be free) waiting for ever. The
     * threads are daemons, so they do not hold the JVM up.
     */
    @Override
    public void destroy() {
        threads.shutdown();
    }
}
