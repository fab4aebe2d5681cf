package dev.assay.intake.attachments;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects a file's type from its bytes alone (never from its name) and reads its text with Apache Tika, bounded in
 * output: reading stops at a character cap, Tika's secure content handler refuses output that grows far beyond the
 * input (decompression bombs) or nests too deep, POI refuses zip entries that inflate too much, and embedded
 * documents are not opened. Time is bounded by the caller ({@link AttachmentReader}).
 */
class TikaTextReader {

    static final MediaType OOXML_ENCRYPTED = MediaType.application("x-tika-ooxml-protected");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*(?:\\n[ \\t\\u00A0]*){2,}");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

    private volatile Engine engine;

    /** Tika's detector and parser; loading them takes seconds on a cold JVM, so it happens on first use. */
    private record Engine(Detector detector, AutoDetectParser parser) {
    }

    private Engine engine() {
        Engine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = load();
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    private static Engine load() {
        try {
            TikaConfig config = new TikaConfig(TikaTextReader.class.getClassLoader());
            AutoDetectParser parser = new AutoDetectParser(config);
            AutoDetectParserConfig bounds = new AutoDetectParserConfig();
            bounds.setOutputThreshold(1_000_000);
            bounds.setMaximumCompressionRatio(100);
            bounds.setMaximumDepth(100);
            bounds.setMaximumPackageEntryDepth(10);
            parser.setAutoDetectParserConfig(bounds);
            // POI's own zip-bomb guard, process-wide: an entry may inflate at most 100 times and to at most 256 MB
            ZipSecureFile.setMinInflateRatio(0.01);
            ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
            return new Engine(config.getDetector(), parser);
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Apache Tika could not be configured", e);
        }
    }

    /**
     * The media type the content shows, without parameters; the name the sender gave plays no part. Tika's detector
     * reads the first few kilobytes of a fresh stream.
     */
    MediaType detect(IncomingFile file) {
        try (TikaInputStream in = TikaInputStream.get(file.open())) {
            return engine().detector().detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MediaType detect(byte[] content) {
        return detect(new IncomingFile(null, content));
    }

    FileText read(byte[] content, MediaType type, int maxChars) {
        return read(new IncomingFile(null, content), type, maxChars);
    }

    /**
     * Reads at most {@code maxChars} characters of text from a file of an accepted type, streamed: the parsers read
     * in buffers, and the few that need random access (zip-based formats, PDF) have Tika spool the stream to a
     * temporary file, not to the heap.
     */
    FileText read(IncomingFile file, MediaType type, int maxChars) {
        String mediaType = type.toString();
        if (file.size() == 0) {
            return FileText.notExtracted(mediaType, ReadOutcome.NO_TEXT, "The file is empty.");
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file.open())) {
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            engine().parser().parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            return encrypted(mediaType);
        } catch (ZeroByteFileException e) {
            return FileText.notExtracted(mediaType, ReadOutcome.NO_TEXT, "The file is empty.");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return failure(mediaType, type, e);
            }
            truncated = true;
        } catch (TikaException | IOException | RuntimeException | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                return failure(mediaType, type, e);
            }
        }
        if (warnedOfBomb(metadata)) {
            return tooComplex(mediaType);
        }
        String text = clean(handler.toString());
        if (text.isEmpty()) {
            return FileText.notExtracted(mediaType, ReadOutcome.NO_TEXT,
                    "The file contains no text that could be read; it may be a scanned image.");
        }
        return FileText.extracted(mediaType, text, truncated);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streams the document instead of building it in memory
        office.setExtractMacros(false);
        office.setIncludeDeletedContent(false);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
        context.set(PDFParserConfig.class, pdf);
        // no Parser in the context: embedded documents (attachments inside attachments) are not opened
        return context;
    }

    static FileText encrypted(String mediaType) {
        return FileText.notExtracted(mediaType, ReadOutcome.ENCRYPTED,
                "The file is encrypted or password-protected, so its text could not be read.");
    }

    private static FileText failure(String mediaType, MediaType type, Throwable e) {
        if (isBomb(e)) {
            return tooComplex(mediaType);
        }
        if (causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
            return encrypted(mediaType);
        }
        String label = AttachmentType.of(type).map(AttachmentType::label).orElse(mediaType);
        return FileText.notExtracted(mediaType, ReadOutcome.CORRUPT,
                "The file is damaged or is not a valid " + label + " file, so its text could not be read.");
    }

    private static FileText tooComplex(String mediaType) {
        return FileText.notExtracted(mediaType, ReadOutcome.TOO_COMPLEX, "The file expands to far more data "
                + "than its size suggests (a possible decompression bomb), so it was not read.");
    }

    /** Some parsers (POI's streaming Word reader) stop at a zip bomb but only record it as a warning. */
    private static boolean warnedOfBomb(Metadata metadata) {
        for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            if (warning.toLowerCase(Locale.ROOT).contains("bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.toLowerCase(Locale.ROOT).contains("bomb")
                    || message.contains("Suspected") || message.contains("Max entry size"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Drops control characters other than line breaks and tabs, trailing spaces and runs of blank lines. */
    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
