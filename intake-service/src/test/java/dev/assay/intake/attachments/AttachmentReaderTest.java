package dev.assay.intake.attachments;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static dev.assay.intake.attachments.Documents.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AttachmentReaderTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String ACCEPTED = "accepted types are PDF, DOCX, DOC, ODT, RTF, TXT, HTML.";

    private static final TikaTextReader TIKA = SharedTika.TIKA;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private AttachmentReader reader = new AttachmentReader(TIKA, AttachmentLimits.withTextCaps(200, 1000), meters);

    @AfterEach
    void stop() {
        reader.destroy();
    }

    @Test
    void theTextOfAPdfMadeWithPdfBoxIsRead() {
        FileText text = readOne(Documents.pdf("Letter of transmittal", "Ministry of Mines, Lusaka"));

        assertThat(text).isEqualTo(new FileText("application/pdf",
                "Letter of transmittal\nMinistry of Mines, Lusaka", false, ReadOutcome.EXTRACTED, null));
    }

    @Test
    void theTextOfAWordDocumentMadeWithPoiIsRead() {
        FileText text = readOne(Documents.docx("Contribution de la France", "Valorisation des résidus miniers"));

        assertThat(text).isEqualTo(new FileText(DOCX,
                "Contribution de la France\nValorisation des résidus miniers", false, ReadOutcome.EXTRACTED, null));
    }

    @Test
    void openDocumentRichTextPlainTextAndHtmlAreReadToo() {
        List<FileText> texts = reader.readAll(List.of(
                file("a.odt", Documents.odt("Recuperación de relaves")),
                file("b.rtf", Documents.rtf("Capacity building")),
                file("c.txt", utf8("إدارة المعادن والفلزات\n矿物和金属")),
                file("d.html", utf8("<!DOCTYPE html><html><head><title>t</title></head>"
                        + "<body><h1>Best practices</h1><script>alert(1)</script></body></html>"))));

        assertThat(texts).extracting(FileText::mediaType, FileText::text, FileText::outcome).containsExactly(
                tuple("application/vnd.oasis.opendocument.text",
                        "Recuperación de relaves", ReadOutcome.EXTRACTED),
                tuple("application/rtf", "Capacity building", ReadOutcome.EXTRACTED),
                tuple("text/plain", "إدارة المعادن والفلزات\n矿物和金属",
                        ReadOutcome.EXTRACTED),
                tuple("text/html", "Best practices", ReadOutcome.EXTRACTED));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        FileText text = reader.readAll(List.of(new IncomingFile("letter.pdf", Documents.png()))).get(0);

        assertThat(text).isEqualTo(new FileText("image/png", "", false, ReadOutcome.TYPE_NOT_ACCEPTED,
                "Files of type image/png are not read; " + ACCEPTED));
    }

    @Test
    void aZipArchiveIsNotOpened() {
        FileText text = readOne(Documents.zip("letter.txt", "hidden"));

        assertThat(text.outcome()).isEqualTo(ReadOutcome.TYPE_NOT_ACCEPTED);
        assertThat(text.reason()).isEqualTo("Files of type application/zip are not read; " + ACCEPTED);
    }

    @Test
    void anEncryptedPdfIsNotReadAndSaysWhy() {
        FileText text = readOne(Documents.encryptedPdf("Confidential", "s3cret"));

        assertThat(text).isEqualTo(new FileText("application/pdf", "", false, ReadOutcome.ENCRYPTED,
                "The file is encrypted or password-protected, so its text could not be read."));
    }

    @Test
    void aDamagedPdfIsNotReadAndSaysWhy() {
        FileText text = readOne(utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage"));

        assertThat(text).isEqualTo(new FileText("application/pdf", "", false, ReadOutcome.CORRUPT,
                "The file is damaged or is not a valid PDF file, so its text could not be read."));
    }

    @Test
    void aPdfWithoutTextIsNotCountedAsRead() {
        FileText text = readOne(Documents.pdf());

        assertThat(text.outcome()).isEqualTo(ReadOutcome.NO_TEXT);
        assertThat(text.reason()).isEqualTo("The file contains no text that could be read; it may be a scanned image.");
    }

    @Test
    void textBeyondTheCapIsCutAndFlagged() {
        FileText text = readOne(utf8("tailings ".repeat(100)));

        assertThat(text.text()).hasSize(200).isEqualTo("tailings ".repeat(100).substring(0, 200));
        assertThat(text.truncated()).isTrue();
        assertThat(text.extracted()).isTrue();
    }

    @Test
    void aDecompressionBombIsReadOnlyUpToTheCapWithoutInflatingIt() {
        byte[] bomb = Documents.docxBomb(64L * 1024 * 1024);
        MeasuringTika tika = new MeasuringTika();
        reader.destroy();
        reader = new AttachmentReader(tika, AttachmentLimits.withTextCaps(200, 1000), meters);

        FileText text = readOne(bomb);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(text).isEqualTo(new FileText(DOCX, "tailings ".repeat(23).substring(0, 200), true,
                ReadOutcome.EXTRACTED, null));
        // everything the reading thread allocated, garbage included, is a fraction of what the file inflates to
        assertThat(tika.allocatedWhileReading).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void outputFarBeyondTheInputIsRefusedAsABombWhenTheCapIsHigh() {
        reader.destroy();
        reader = new AttachmentReader(TIKA, AttachmentLimits.withTextCaps(100_000_000, 100_000_000), meters);

        FileText text = readOne(Documents.docxBomb(64L * 1024 * 1024));

        assertThat(text.outcome()).isEqualTo(ReadOutcome.TOO_COMPLEX);
        assertThat(text).isEqualTo(new FileText(DOCX, "", false, ReadOutcome.TOO_COMPLEX, "The file expands to "
                + "far more data than its size suggests (a possible decompression bomb), so it was not read."));
    }

    @Test
    void aFileThatTakesTooLongIsGivenUpAndTheOthersAreStillRead() {
        reader.destroy();
        // generous enough for Tika's first parse on a loaded machine: only the stuck file may run into it
        reader = new AttachmentReader(new SlowFor("stuck"), AttachmentLimits.withThreads(2, 8,
                Duration.ofSeconds(5)), meters);

        List<FileText> texts = reader.readAll(List.of(file("a.txt", utf8("stuck")), file("b.txt", utf8("fine"))));

        assertThat(texts).extracting(FileText::outcome).containsExactly(ReadOutcome.TIMED_OUT, ReadOutcome.EXTRACTED);
        assertThat(texts.get(0).reason())
                .isEqualTo("Reading the file took longer than 5 s, so its text was not read.");
    }

    @Test
    void whenMoreFilesWaitThanTheQueueHoldsIntakeIsBusyRatherThanUnbounded() {
        reader.destroy();
        reader = new AttachmentReader(new SlowFor("stuck"), AttachmentLimits.withThreads(1, 1,
                Duration.ofMillis(300)), meters);

        assertThatThrownBy(() -> reader.readAll(List.of(file("a.txt", utf8("stuck")), file("b.txt", utf8("stuck")),
                file("c.txt", utf8("stuck")))))
                .isInstanceOf(AttachmentsUnavailableException.class)
                .hasMessage("Too many attachments are being read right now");
    }

    @Test
    void everyOutcomeIsCounted() {
        reader.readAll(List.of(file("a.pdf", Documents.pdf("Text")), file("b.png", Documents.png()),
                file("c.pdf", Documents.encryptedPdf("x", "y"))));

        assertThat(count("extracted")).isEqualTo(1);
        assertThat(count("type-not-accepted")).isEqualTo(1);
        assertThat(count("encrypted")).isEqualTo(1);
        assertThat(count("corrupt")).isZero();
    }

    private FileText readOne(byte[] content) {
        return reader.readAll(List.of(file("file", content))).get(0);
    }

    private static IncomingFile file(String name, byte[] content) {
        return new IncomingFile(name, content);
    }

    private double count(String outcome) {
        return meters.get("assay.intake.attachments").tag("outcome", outcome).counter().count();
    }

    /** Tika, counting the bytes the reading thread allocates while it reads (after Tika itself is loaded). */
    private static final class MeasuringTika extends TikaTextReader {
        private volatile long allocatedWhileReading;

        MeasuringTika() {
            detect(Documents.utf8("load Tika before measuring"));
        }

        @Override
        FileText read(IncomingFile content, MediaType type, int maxChars) {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(thread);
            FileText text = super.read(content, type, maxChars);
            allocatedWhileReading = threads.getThreadAllocatedBytes(thread) - before;
            return text;
        }
    }

    /** Reads a file whose text is {@code slowText} until interrupted, any other at once, without Tika. */
    private static final class SlowFor extends TikaTextReader {
        private final String slowText;

        SlowFor(String slowText) {
            this.slowText = slowText;
        }

        @Override
        FileText read(IncomingFile content, MediaType type, int maxChars) {
            String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            if (text.equals(slowText)) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FileText.extracted(type.toString(), text, false);
        }
    }
}
