package dev.assay.intake.attachments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the text of a communication's files on a small pool of its own threads, so that no file can hold a request
 * longer than {@code assay.intake.attachments.extraction-timeout} and no more files are read at once than there are
 * threads. A file of a type that is not accepted is not opened at all. Outcomes are counted as
 * {@code assay.intake.attachments{outcome}}.
 */
@Component
public class AttachmentReader implements DisposableBean {

    static final String METER = "assay.intake.attachments";
    private static final Logger log = LoggerFactory.getLogger(AttachmentReader.class);

    private final TikaTextReader tika;
    private final AttachmentProperties limits;
    private final ThreadPoolExecutor executor;
    private final Map<ReadOutcome, Counter> outcomes = new EnumMap<>(ReadOutcome.class);
    private final Timer readTime;

    @Autowired
    AttachmentReader(AttachmentProperties limits, MeterRegistry meters) {
        this(new TikaTextReader(), limits, meters);
    }

    AttachmentReader(TikaTextReader tika, AttachmentProperties limits, MeterRegistry meters) {
        this.tika = tika;
        this.limits = limits;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(limits.extractionThreads(), limits.extractionThreads(),
                0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(limits.extractionQueue()), task -> {
                    Thread thread = new Thread(task, "attachment-reader-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        for (ReadOutcome outcome : ReadOutcome.values()) {
            outcomes.put(outcome, Counter.builder(METER)
                    .description("Attachments received, by what came of reading their text")
                    .tag("outcome", outcome.id())
                    .register(meters));
        }
        this.readTime = Timer.builder(METER + ".read")
                .description("Time to read the text of one attachment")
                .register(meters);
    }

    /**
     * The text of each file, in order. Files are read in parallel, all within one extraction timeout.
     *
     * @throws AttachmentsUnavailableException when more files wait to be read than the queue holds
     */
    public List<FileText> readAll(List<IncomingFile> files) {
        List<MediaType> types = files.stream().map(tika::detect).toList();
        List<Future<FileText>> reads = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                IncomingFile file = files.get(i);
                MediaType type = types.get(i);
                reads.add(AttachmentType.of(type).isPresent()
                        ? executor.submit(() -> timed(file, type))
                        : null);
            }
        } catch (RejectedExecutionException busy) {
            reads.stream().filter(r -> r != null).forEach(r -> r.cancel(true));
            throw new AttachmentsUnavailableException("Too many attachments are being read right now", busy);
        }
        long deadline = System.nanoTime() + limits.extractionTimeout().toNanos();
        List<FileText> texts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileText text = reads.get(i) == null ? refused(types.get(i)) : await(reads.get(i), types.get(i), deadline);
            outcomes.get(text.outcome()).increment();
            texts.add(text);
        }
        return texts;
    }

    private FileText timed(IncomingFile file, MediaType type) {
        return readTime.record(() -> tika.read(file, type, limits.maxTextChars()));
    }

    private FileText await(Future<FileText> read, MediaType type, long deadline) {
        try {
            return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            return FileText.notExtracted(type.toString(), ReadOutcome.TIMED_OUT, "Reading the file took longer than "
                    + seconds(limits.extractionTimeout()) + " s, so its text was not read.");
        } catch (ExecutionException e) {
            log.warn("Reading an attachment of type {} failed unexpectedly", type, e.getCause());
            return FileText.notExtracted(type.toString(), ReadOutcome.CORRUPT,
                    "The file could not be read: it may be damaged.");
        } catch (InterruptedException e) {
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new AttachmentsUnavailableException("Interrupted while attachments were being read", e);
        }
    }

    private static FileText refused(MediaType type) {
        if (TikaTextReader.OOXML_ENCRYPTED.equals(type)) {
            return TikaTextReader.encrypted(type.toString());
        }
        return FileText.notExtracted(type.toString(), ReadOutcome.TYPE_NOT_ACCEPTED, "Files of type " + type
                + " are not read; accepted types are " + String.join(", ", AttachmentType.labels()) + ".");
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    /** Tika loads its parsers on first use (seconds on a cold JVM): do it before the first submitter waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        byte[] sample = "<html><body><p>Assay</p></body></html>".getBytes(StandardCharsets.UTF_8);
        try {
            executor.execute(() -> tika.read(sample, tika.detect(sample), 100));
        } catch (RejectedExecutionException ignored) {
            // already busy reading real files: they warm it up
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
