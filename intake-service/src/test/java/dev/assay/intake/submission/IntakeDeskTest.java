package dev.assay.intake.submission;

import dev.assay.contracts.events.Attachment;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.attachments.AttachmentLimits;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.AttachmentReader;
import dev.assay.intake.attachments.AttachmentStore;
import dev.assay.intake.attachments.Documents;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.attachments.SharedTika;
import dev.assay.intake.publishing.CommunicationPublisher;
import dev.assay.intake.publishing.PublishFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.assay.intake.attachments.Documents.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class IntakeDeskTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final Submitter SUBMITTER =
            new Submitter(SubmitterType.FOCAL_POINT, "ZM", "Ministry of Mines", "Mutale Banda", "focal@mines.gov.zm");
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123456Z");

    private final CommunicationPublisher publisher = mock(CommunicationPublisher.class);
    private final AttachmentStore store =
            new AttachmentStore(MONGO.factory(), AttachmentLimits.defaults());
    private AttachmentReader reader;

    @AfterEach
    void stopReader() {
        reader.destroy();
    }

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @Test
    void filesAreReadStoredAndPublishedWithTheCommunication() {
        byte[] pdf = Documents.pdf("Letter of transmittal");
        byte[] docx = Documents.docx("Tailings reprocessing in the Copperbelt");
        Submission submission = submission("c-10", "Contribution of Zambia", "See the attached letter.",
                new IncomingFile("letter.pdf", pdf), new IncomingFile("annex.docx", docx));

        CommunicationReceived published = desk(AttachmentLimits.defaults()).accept(submission);

        then(publisher).should().publish(published);
        assertThat(published).isEqualTo(new CommunicationReceived(1, "c-10", Instant.parse("2026-03-02T09:15:30.123Z"),
                Channel.EMAIL, SUBMITTER, "Contribution of Zambia", "See the attached letter.",
                List.of(Theme.RESOURCE_RECOVERY), List.of("5/12"), List.of(
                new Attachment(published.attachments().get(0).id(), "letter.pdf", "application/pdf", pdf.length,
                        "Letter of transmittal", false, true, null),
                new Attachment(published.attachments().get(1).id(), "annex.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.length,
                        "Tailings reprocessing in the Copperbelt", false, true, null))));
        assertThat(store.load(published.attachments().get(0).id())).isEqualTo(pdf);
        assertThat(store.load(published.attachments().get(1).id())).isEqualTo(docx);
    }

    @Test
    void unreadableFilesTravelWithTheReasonAndDoNotRefuseTheCommunication() {
        Submission submission = submission("c-11", "Contribution", "",
                new IncomingFile("photo.pdf", Documents.png()),
                new IncomingFile("secret.pdf", Documents.encryptedPdf("Confidential", "pw")),
                new IncomingFile("broken.pdf", utf8("%PDF-1.4\ngarbage")));

        CommunicationReceived published = desk(AttachmentLimits.defaults()).accept(submission);

        assertThat(published.attachments()).extracting(Attachment::mediaType, Attachment::extracted,
                Attachment::reason).containsExactly(
                tuple("image/png", false, "Files of type image/png are not read; "
                        + "accepted types are PDF, DOCX, DOC, ODT, RTF, TXT, HTML."),
                tuple("application/pdf", false,
                        "The file is encrypted or password-protected, so its text could not be read."),
                tuple("application/pdf", false,
                        "The file is damaged or is not a valid PDF file, so its text could not be read."));
        assertThat(published.attachments()).allSatisfy(a -> assertThat(a.id()).matches("[0-9a-f]{24}"));
    }

    @Test
    void aCommunicationWithNothingReadableIsRefusedAndNothingIsStoredOrPublished() {
        Submission submission = submission("c-12", " ", "\n",
                new IncomingFile("secret.pdf", Documents.encryptedPdf("Confidential", "pw")),
                new IncomingFile("photo.png", Documents.png()));

        assertThatThrownBy(() -> desk(AttachmentLimits.defaults()).accept(submission))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.field()).isNull())
                .hasMessage("The communication has no readable content: it has no subject, no text, and the text "
                        + "of its attachments could not be read (attachments[0]: The file is encrypted or "
                        + "password-protected, so its text could not be read.; attachments[1]: Files of type "
                        + "image/png are not read; accepted types are PDF, DOCX, DOC, ODT, RTF, TXT, HTML.).");
        then(publisher).shouldHaveNoInteractions();
        assertThat(MONGO.template().getCollection("attachments.files")
                .countDocuments(new org.bson.Document("metadata.communicationId", "c-12"))).isZero();
    }

    @Test
    void aCommunicationWithoutSubjectTextOrFilesIsRefused() {
        assertThatThrownBy(() -> desk(AttachmentLimits.defaults()).accept(submission("c-13", "", "")))
                .isInstanceOf(SubmissionRefusedException.class)
                .hasMessage("The communication has no readable content: it has no subject, no text and no attachment.");
    }

    @Test
    void aReadableAttachmentIsEnoughContent() {
        CommunicationReceived published = desk(AttachmentLimits.defaults()).accept(
                submission("c-14", "", "", new IncomingFile("letter.pdf", Documents.pdf("Our views"))));

        assertThat(published.attachments().get(0).extractedText()).isEqualTo("Our views");
    }

    @Test
    void tooManyFilesAreRefused() {
        IncomingFile file = new IncomingFile("a.txt", utf8("a"));

        assertThatThrownBy(() -> desk(AttachmentLimits.withSizes(2, DataSize.ofKilobytes(1), DataSize.ofKilobytes(2)))
                .accept(submission("c-15", "s", "b", file, file, file)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("attachments"))
                .isNotInstanceOf(SubmissionTooLargeException.class)
                .hasMessage("must hold at most 2 files but holds 3");
    }

    @Test
    void aFileOverThePerFileLimitIsRefusedAsTooLargeNamingIt() {
        IncomingFile small = new IncomingFile("a.txt", utf8("a"));
        IncomingFile large = new IncomingFile("b.txt", new byte[1025]);

        assertThatThrownBy(() -> desk(AttachmentLimits.withSizes(10, DataSize.ofKilobytes(1), DataSize.ofKilobytes(4)))
                .accept(submission("c-16", "s", "b", small, large)))
                .isInstanceOfSatisfying(SubmissionTooLargeException.class,
                        e -> assertThat(e.field()).isEqualTo("attachments[1]"))
                .hasMessage("is 1.1 KB; a file may be at most 1 KB");
        then(publisher).shouldHaveNoInteractions();
    }

    @Test
    void filesOverThePerCommunicationLimitTogetherAreRefusedAsTooLarge() {
        IncomingFile file = new IncomingFile("a.txt", new byte[1000]);

        assertThatThrownBy(() -> desk(AttachmentLimits.withSizes(10, DataSize.ofKilobytes(1), DataSize.ofKilobytes(2)))
                .accept(submission("c-17", "s", "b", file, file, file)))
                .isInstanceOfSatisfying(SubmissionTooLargeException.class,
                        e -> assertThat(e.field()).isEqualTo("attachments"))
                .hasMessage("are 3 KB together; the files of one communication may be at most 2 KB");
    }

    @Test
    void theTextBudgetOfTheCommunicationIsSharedInOrder() {
        CommunicationReceived published = desk(AttachmentLimits.withTextCaps(8, 12)).accept(submission("c-18",
                "s", "b", new IncomingFile("a.txt", utf8("abcdefghij")), new IncomingFile("b.txt", utf8("klmnopq")),
                new IncomingFile("c.txt", utf8("rstu"))));

        assertThat(published.attachments()).extracting(Attachment::extractedText, Attachment::truncated)
                .containsExactly(tuple("abcdefgh", true),
                        tuple("klmn", true),
                        tuple("", true));
    }

    @Test
    void whenKafkaDoesNotAcknowledgeTheFailureReachesTheChannel() {
        willThrow(new PublishFailedException("down", null)).given(publisher).publish(any());

        assertThatThrownBy(() -> desk(AttachmentLimits.defaults()).accept(submission("c-19", "s", "b")))
                .isInstanceOf(PublishFailedException.class);
    }

    @Test
    void everyTextFieldIsPublishedWithoutInvisibleCharactersAndInNfcWhileTheOriginalFileKeepsItsBytes() {
        byte[] letter = utf8("Lettre de transmission\u202E sur les re\u0301sidus");
        Submission submission = new Submission("c-40", Channel.WEB_FORM,
                new Submitter(SubmitterType.MEMBER_STATE, "FR", "Minist\u00e8re\u200B", "Ana\u2067", "a@b.fr"),
                "Re\u0301sidus\u200D miniers", "\uFEFFTexte", List.of(), List.of(),
                List.of(new IncomingFile("lettre.txt", letter)));

        CommunicationReceived published = desk(AttachmentLimits.defaults()).accept(submission);

        assertThat(published.subject()).isEqualTo("Résidus miniers");
        assertThat(published.body()).isEqualTo("Texte");
        assertThat(published.submitter().organisation()).isEqualTo("Ministère");
        assertThat(published.submitter().name()).isEqualTo("Ana");
        assertThat(published.attachments().get(0).extractedText()).isEqualTo("Lettre de transmission sur les résidus");
        assertThat(store.load(published.attachments().get(0).id())).isEqualTo(letter);
    }

    private IntakeDesk desk(AttachmentProperties limits) {
        reader = SharedTika.reader(limits);
        return new IntakeDesk(reader, store, publisher, limits, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Submission submission(String id, String subject, String body, IncomingFile... files) {
        return new Submission(id, Channel.EMAIL, SUBMITTER, subject, body, List.of(Theme.RESOURCE_RECOVERY),
                List.of("5/12"), List.of(files));
    }
}
