package dev.assay.intake.attachments;

import org.apache.tika.mime.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kinds of file whose text intake reads, recognised by the media type detected from their content. */
public enum AttachmentType {
    PDF("PDF", "application/pdf"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("DOC", "application/msword"),
    ODT("ODT", "application/vnd.oasis.opendocument.text"),
    RTF("RTF", "application/rtf"),
    TXT("TXT", "text/plain"),
    HTML("HTML", "text/html", "application/xhtml+xml");

    private final String label;
    private final Set<MediaType> mediaTypes;

    AttachmentType(String label, String... mediaTypes) {
        this.label = label;
        this.mediaTypes = Set.copyOf(Arrays.stream(mediaTypes).map(MediaType::parse).toList());
    }

    /** How submitters know the type, such as {@code PDF}. */
    public String label() {
        return label;
    }

    /** The accepted type a detected media type belongs to; parameters such as {@code charset} do not matter. */
    public static Optional<AttachmentType> of(MediaType detected) {
        MediaType base = detected.getBaseType();
        return Arrays.stream(values()).filter(type -> type.mediaTypes.contains(base)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(AttachmentType::label).toList();
    }
}
