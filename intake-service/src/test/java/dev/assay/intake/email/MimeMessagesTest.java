package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.submission.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.assay.intake.email.Encoded.base64;
import static dev.assay.intake.email.Encoded.quotedPrintable;
import static dev.assay.intake.email.Encoded.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * MIME as it arrives in real life, each case sent over SMTP to a real IMAP mailbox and read back by the poller:
 * what reaches intake is the text the sender meant and the files they attached.
 */
class MimeMessagesTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.sharedGreenMail();

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String HEADERS = """
            Message-ID: <%s@mail.example.org>
            Date: Mon, 2 Mar 2026 09:15:30 +0100
            From: Camille Durand <camille.durand@example.org>
            To: communications@assay.test
            MIME-Version: 1.0
            """;

    @BeforeEach
    void emptyMailbox() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("textAsSendersEncodeIt")
    void theSubjectAndTheTextAreDecodedToTheWordsTheSenderWrote(String message, String subject, String text) {
        Submission received = receive(message);

        assertThat(received.subject()).isEqualTo(subject);
        assertThat(received.body()).isEqualTo(text);
    }

    static Stream<Arguments> textAsSendersEncodeIt() {
        String french = "La France soutient la valorisation des résidus miniers au titre de la résolution 5/12, "
                + "en coopération avec l’ensemble des États membres.";
        String twoLines = "Récupération des métaux.\nDeuxième ligne.";
        String windows1252 = "Résumé – “economía circular” – 10 € – œuvre";
        String arabic = "الإدارة السليمة بيئياً للمعادن والفلزات";
        String arabic1256 = "استعادة الموارد من مخلفات التعدين";
        String chinese = "关于矿物和金属的环境无害化管理的意见。";
        // 镕 is in GBK but not in GB2312; mail clients label such text GB2312 all the same
        String gbk = "朱镕基 关于尾矿资源回收的建议";
        String outsideTheBmp = "矿物和金属 𠀀";
        return Stream.of(
                argumentSet("quotedPrintableUtf8TextWithSoftLineBreaksIsDecoded",
                        textMessage("qp", "Valorisation des résidus", "text/plain; charset=UTF-8", "quoted-printable",
                                quotedPrintable(french, "UTF-8")), "Valorisation des résidus", french),
                argumentSet("base64Utf8TextIsDecoded",
                        textMessage("b64", "Base64", "text/plain; charset=\"utf-8\"", "base64",
                                base64(twoLines, "UTF-8")), "Base64", twoLines),
                argumentSet("latin1TextIsReadAsWindows1252SoItsQuotesAndEuroSignSurvive",
                        textMessage("latin1", "=?iso-8859-1?q?Contribution_de_la_R=E9publique?=",
                                "text/plain; charset=iso-8859-1", "quoted-printable",
                                "Co=FBt estim=E9 : 5 =80 la tonne, =93r=E9sidus=94.\n"),
                        "Contribution de la République", "Coût estimé : 5 € la tonne, “résidus”."),
                argumentSet("windows1252TextIsDecoded",
                        textMessage("cp1252", "Windows-1252", "text/plain; charset=\"Windows-1252\"",
                                "quoted-printable", quotedPrintable(windows1252, "windows-1252")),
                        "Windows-1252", windows1252),
                argumentSet("arabicInUtf8IsDecoded",
                        textMessage("ar-utf8", word("مساهمة المملكة المغربية", "UTF-8"), "text/plain; charset=UTF-8",
                                "base64", base64(arabic, "UTF-8")), "مساهمة المملكة المغربية", arabic),
                argumentSet("arabicInWindows1256IsDecoded",
                        textMessage("ar-1256", word("مساهمة", "windows-1256"), "text/plain; charset=windows-1256",
                                "quoted-printable", quotedPrintable(arabic1256, "windows-1256")), "مساهمة", arabic1256),
                argumentSet("chineseInUtf8IsDecoded",
                        textMessage("zh-utf8", word("中国的贡献", "UTF-8"), "text/plain; charset=UTF-8", "base64",
                                base64(chinese, "UTF-8")), "中国的贡献", chinese),
                argumentSet("chineseLabelledGb2312ButHoldingGbkCharactersIsReadAsGb18030",
                        textMessage("zh-gb", word("资源回收", "GB2312"), "text/plain; charset=\"gb2312\"", "base64",
                                base64(gbk, "GBK")), "资源回收", gbk),
                argumentSet("chineseInGb18030IsDecoded",
                        textMessage("zh-18030", "GB18030", "text/plain; charset=GB18030", "base64",
                                base64(outsideTheBmp, "GB18030")), "GB18030", outsideTheBmp),
                argumentSet("rawUtf8HeadersAreReadAsUtf8",
                        textMessage("utf8-headers", "Résidus miniers – 矿物", "text/plain; charset=UTF-8", "8bit",
                                "Texte.\n"), "Résidus miniers – 矿物", "Texte."));
    }

    @Test
    void ofAlternativesThePlainTextIsTaken() {
        Submission received = receive(message("alt", "Alternatives", """
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/html; charset=UTF-8

                <p>The <b>HTML</b> version</p>
                --alt
                Content-Type: text/plain; charset=UTF-8

                The plain version
                --alt--
                """));

        assertThat(received.body()).isEqualTo("The plain version");
        assertThat(received.files()).isEmpty();
    }

    @Test
    void htmlWithoutPlainTextBecomesTextWithLineBreaksAndWithoutScriptsOrStyles() {
        Submission received = receive(textMessage("html", "HTML only", "text/html; charset=windows-1252",
                "quoted-printable", quotedPrintable("""
                <html><head><title>Ignored title</title><style>p { color: red }</style></head>
                <body><script>alert('x')</script>
                <p>Dear   secretariat,</p><p>We propose:<br>first&nbsp;point</p>
                <ul><li>tailings</li><li>recycling – “urban mining”</li></ul>
                <div>Regards,<br/>Camille</div></body></html>""", "windows-1252")));

        assertThat(received.body()).isEqualTo("""
                Dear secretariat,
                We propose:
                first point
                tailings
                recycling – “urban mining”
                Regards,
                Camille""");
    }

    @Test
    void anOutlookStyleNestedMessageGivesThePlainTextAndThePdfButNotTheInlineImage() {
        Submission received = receive(message("outlook", "Nested", """
                Content-Type: multipart/mixed; boundary="mixed"

                --mixed
                Content-Type: multipart/related; boundary="related"; type="multipart/alternative"

                --related
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset="us-ascii"
                Content-Transfer-Encoding: 7bit

                Please find our letter attached.
                --alt
                Content-Type: text/html; charset="us-ascii"

                <p>Please find our letter attached.<img src="cid:logo@01"></p>
                --alt--

                --related
                Content-Type: image/png; name="image001.png"
                Content-ID: <logo@01>
                Content-Disposition: inline; filename="image001.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --related--

                --mixed
                Content-Type: application/pdf; name="Letter.pdf"
                Content-Disposition: attachment; filename="Letter.pdf"
                Content-Transfer-Encoding: base64

                """ + base64(PDF) + """

                --mixed--
                """));

        assertThat(received.body()).isEqualTo("Please find our letter attached.");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("Letter.pdf");
        assertThat(received.files().get(0).readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void anHtmlOnlyAlternativeInsideRelatedInsideMixedIsConvertedToText() {
        Submission received = receive(message("apple", "Apple style", """
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: multipart/alternative; boundary="a"

                --a
                Content-Type: multipart/related; boundary="r"

                --r
                Content-Type: text/html; charset=utf-8

                <div>Only <i>HTML</i> here</div>
                --r
                Content-Type: image/jpeg
                Content-ID: <sig>

                binary
                --r--
                --a--
                --m--
                """));

        assertThat(received.body()).isEqualTo("Only HTML here");
        assertThat(received.files()).isEmpty();
    }

    @Test
    void encodedWordSubjectsAndFileNamesAreDecodedEvenWhenAMultiByteCharacterSpansTwoWords() {
        // "Résidus" split inside the two bytes of "é", as some senders split their words
        String subject = "=?UTF-8?Q?R=C3?= =?UTF-8?Q?=A9sidus_miniers?= =?ISO-8859-1?Q?_=E0_valoriser?=";

        Submission received = receive(message("ew", subject, textWithPdfs("m", "Voir pièce jointe.", """
                Content-Type: application/pdf; name="=?UTF-8?Q?R=C3=A9sum=C3=A9_2026.pdf?="
                Content-Disposition: attachment; filename="=?UTF-8?Q?R=C3=A9sum=C3=A9_2026.pdf?="
                """)));

        assertThat(received.subject()).isEqualTo("Résidus miniers à valoriser");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("Résumé 2026.pdf");
    }

    @Test
    void rfc2231FileNamesAreDecodedIncludingContinuations() {
        Submission received = receive(message("2231", "RFC 2231", textWithPdfs("m", "Two files.", """
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf
                """, """
                Content-Type: application/pdf
                Content-Disposition: attachment;
                 filename*0*=ISO-8859-1''Contribution%20de%20la%20R%E9;
                 filename*1*=publique.pdf
                """)));

        assertThat(received.files()).extracting(IncomingFile::fileName)
                .containsExactly("تقرير.pdf", "Contribution de la République.pdf");
    }

    @Test
    void aForwardedMessageAddsItsHeadersAndTextToTheBodyAndItsFilesToTheFiles() {
        Submission received = receive(message("fwd", "Fwd: Contribution", """
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=UTF-8

                Forwarding the ministry's contribution.
                --outer
                Content-Type: message/rfc822
                Content-Disposition: attachment; filename="Contribution.eml"

                Message-ID: <inner@ministry.example>
                Date: Fri, 27 Feb 2026 16:00:00 +0000
                From: =?UTF-8?Q?Minist=C3=A8re?= <cabinet@ministry.example>
                To: camille.durand@example.org
                Subject: Contribution
                MIME-Version: 1.0
                %s
                --outer--
                """.formatted(textWithPdfs("inner", "Please find the signed letter.", """
                Content-Type: application/pdf; name="Signed.pdf"
                Content-Disposition: attachment; filename="Signed.pdf"
                """))));

        assertThat(received.body()).isEqualTo("""
                Forwarding the ministry's contribution.

                ---------- Forwarded message ----------
                From: Ministère <cabinet@ministry.example>
                Date: Fri, 27 Feb 2026 16:00:00 +0000
                Subject: Contribution
                To: camille.durand@example.org

                Please find the signed letter.""");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("Signed.pdf");
    }

    @Test
    void formatFlowedSoftLineBreaksAreJoined() {
        Submission received = receive(message("flowed", "Flowed", """
                Content-Type: text/plain; charset=UTF-8; format=flowed

                This paragraph was wrapped by the\s
                sender's client at a soft break.
                A new line.
                """));

        assertThat(received.body()).isEqualTo("This paragraph was wrapped by the sender's client at a soft break.\n"
                + "A new line.");
    }

    @Test
    void theSendersEncodedDisplayNameIsDecoded() {
        Submission received = receive("""
                Message-ID: <name@mail.example.org>
                From: =?ISO-8859-1?Q?Fran=E7ois_M=FCller?= <francois.muller@example.org>
                To: communications@assay.test
                Subject: Name
                Content-Type: text/plain; charset=UTF-8

                Text.
                """);

        assertThat(received.submitter().name()).isEqualTo("François Müller");
        assertThat(received.submitter().email()).isEqualTo("francois.muller@example.org");
    }

    @Test
    void anUnnamedPdfIsKeptAsAFileAndTheSignatureOfASignedMessageIsNot() {
        Submission received = receive(message("signed", "Signed", """
                Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s"

                --s
                %s
                --s
                Content-Type: application/pkcs7-signature; name="smime.p7s"
                Content-Disposition: attachment; filename="smime.p7s"
                Content-Transfer-Encoding: base64

                MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==
                --s--
                """.formatted(textWithPdfs("m", "Signed text.", """
                Content-Type: application/pdf
                """))));

        assertThat(received.body()).isEqualTo("Signed text.");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("attachment");
        assertThat(received.files().get(0).readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aBodyLongerThanIntakeAcceptsIsCutAndTravelsWholeAsATextFile() {
        String text = "a".repeat(100_010);

        Submission received = receive(message("long", "Long", """
                Content-Type: text/plain; charset=UTF-8

                """ + text.replaceAll("(.{900})", "$1 \n")));

        assertThat(received.body().codePointCount(0, received.body().length())).isEqualTo(100_000);
        assertThat(received.body()).endsWith("…");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("message-body.txt");
        assertThat(new String(received.files().get(0).readAllBytes(), StandardCharsets.UTF_8).replace(" \n", ""))
                .isEqualTo(text);
    }

    @Test
    void aMultipartWhoseBoundaryNeverAppearsIsKeptAsText() {
        Submission received = receive(message("no-boundary", "Broken", """
                Content-Type: multipart/mixed; boundary="declared-but-absent"

                The sender's client forgot the parts; the words are still here.
                """));

        assertThat(received.body()).isEqualTo("The sender's client forgot the parts; the words are still here.");
    }

    /** A message of one text part, its body already in {@code transferEncoding}. */
    private static String textMessage(String id, String subject, String contentType, String transferEncoding,
            String encodedBody) {
        return message(id, subject, """
                Content-Type: %s
                Content-Transfer-Encoding: %s

                """.formatted(contentType, transferEncoding) + encodedBody);
    }

    /** A message from Camille Durand with the {@code Message-ID} {@code id@mail.example.org} and this content. */
    private static String message(String id, String subject, String entity) {
        return HEADERS.formatted(id) + "Subject: " + subject + "\n" + entity;
    }

    /**
     * A letter as mail clients send it: a multipart/mixed entity of {@code text} as UTF-8 plain text, then the test
     * PDF in base64 once under each set of part headers given (the headers are what the tests vary).
     */
    private static String textWithPdfs(String boundary, String text, String... pdfHeaders) {
        StringBuilder entity = new StringBuilder("""
                Content-Type: multipart/mixed; boundary="%1$s"

                --%1$s
                Content-Type: text/plain; charset=UTF-8

                %2$s
                """.formatted(boundary, text));
        for (String headers : pdfHeaders) {
            entity.append("--%s\n%sContent-Transfer-Encoding: base64\n\n%s\n"
                    .formatted(boundary, headers, base64(PDF)));
        }
        return entity.append("--").append(boundary).append("--\n").toString();
    }

    private static Submission receive(String rfc5322) {
        TestMailbox.deliver(greenMail, rfc5322);
        PollerFixture fixture = new PollerFixture(greenMail);
        fixture.pollOnce();
        return fixture.intake.only();
    }
}
