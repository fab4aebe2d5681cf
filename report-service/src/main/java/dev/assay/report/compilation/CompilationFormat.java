package dev.assay.report.compilation;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The formats the compilation is written in, by the {@code format} parameter's value. */
enum CompilationFormat {
    HTML("html", new MediaType("text", "html", StandardCharsets.UTF_8), false),
    PDF("pdf", MediaType.APPLICATION_PDF, true),
    DOCX("docx", MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), true);

    private final String id;
    private final MediaType mediaType;
    private final boolean attachment;

    CompilationFormat(String id, MediaType mediaType, boolean attachment) {
        this.id = id;
        this.mediaType = mediaType;
        this.attachment = attachment;
    }

    String id() {
        return id;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** A file to save (PDF, DOCX) rather than a page to read in the browser (HTML). */
    boolean attachment() {
        return attachment;
    }

    String fileName() {
        return "compilation." + id;
    }

    static String[] ids() {
        return Arrays.stream(values()).map(CompilationFormat::id).toArray(String[]::new);
    }

    static CompilationFormat fromId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst().orElseThrow();
    }
}
