package dev.assay.intake.email;

/**
 * What became of one message, and so where it is filed.
 *
 * @param kind            accepted, rejected, skipped or deferred (left in the folder for the next poll)
 * @param reason          a short fixed token, used as a metric tag; {@code none} for accepted
 * @param detail          for the log: e.g. the refusal's message; may be null
 * @param communicationId the tracking number, or null when the message could not be read far enough
 * @param mail            the message as read, or null when it could not be read
 */
record MailOutcome(Kind kind, String reason, String detail, String communicationId, ReceivedMail mail) {

    /**
     * The reason for leaving a message while intake cannot accept anything: Kafka, or the attachment store, did
     * not acknowledge ({@code PublishFailedException}). The poll stops; nothing counts against the message.
     */
    static final String UNAVAILABLE = "unavailable";

    enum Kind {
        ACCEPTED, REJECTED, SKIPPED, DEFERRED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static MailOutcome accepted(String id, ReceivedMail mail) {
        return new MailOutcome(Kind.ACCEPTED, "none", null, id, mail);
    }

    static MailOutcome rejected(String reason, String detail, String id, ReceivedMail mail) {
        return new MailOutcome(Kind.REJECTED, reason, detail, id, mail);
    }

    static MailOutcome skipped(String reason, String id, ReceivedMail mail) {
        return new MailOutcome(Kind.SKIPPED, reason, null, id, mail);
    }

    static MailOutcome deferred(String reason, String detail, String id, ReceivedMail mail) {
        return new MailOutcome(Kind.DEFERRED, reason, detail, id, mail);
    }
}
