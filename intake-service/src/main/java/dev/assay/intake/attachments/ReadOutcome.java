package dev.assay.intake.attachments;

/** What came of reading one file; the id is the metric tag {@code assay.intake.attachments{outcome}}. */
public enum ReadOutcome {
    EXTRACTED("extracted"),
    TYPE_NOT_ACCEPTED("type-not-accepted"),
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
    TOO_COMPLEX("too-complex"),
    TIMED_OUT("timed-out"),
    NO_TEXT("no-text");

    private final String id;

    ReadOutcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
