package dev.assay.intake.email;


import dev.assay.intake.attachments.IncomingFile;
import java.util.List;

/**
 * A message as read from the mailbox, its headers decoded and its MIME structure reduced to text and files.
 *
 * @param messageId       the Message-ID header as sent, or null
 * @param fromAddress     the first From address, or null when there is none that parses
 * @param fromName        its display name, decoded, on one line; or null
 * @param singleSender    whether From holds exactly one syntactically valid mailbox
 * @param subject         decoded, on one line; empty when there is none
 * @param body            the text as the sender wrote it
 * @param files           attachments, in order
 * @param contentLanguage the first language tag of Content-Language, or null
 * @param noAutoResponse  the sender asked not to be answered automatically (X-Auto-Response-Suppress)
 */
record ReceivedMail(String messageId, String fromAddress, String fromName, boolean singleSender, String subject,
                    String body, List<IncomingFile> files, String contentLanguage, boolean noAutoResponse) {

    ReceivedMail {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        files = files == null ? List.of() : List.copyOf(files);
    }

    ReceivedMail withContent(String text, List<IncomingFile> attachments) {
        return new ReceivedMail(messageId, fromAddress, fromName, singleSender, subject, text, attachments,
                contentLanguage, noAutoResponse);
    }

    boolean isEmpty() {
        return subject.isBlank() && body.isBlank() && files.isEmpty();
    }
}
