package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.intake.submission.IncomingFile;
import dev.assay.intake.submission.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static dev.assay.intake.email.Encoded.base64;
import static dev.assay.intake.email.Encoded.quotedPrintable;
import static dev.assay.intake.email.Encoded.word;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void quotedPrintableUtf8TextWithSoftLineBreaksIsDecoded() {
        String text = "La France soutient la valorisation des résidus miniers au titre de la résolution 5/12, "
                + "en coopération avec l’ensemble des États membres.";

        Submission received = receive(HEADERS.formatted("qp") + """
                Subject: Valorisation des résidus
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                """ + quotedPrintable(text, "UTF-8"));

        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void base64Utf8TextIsDecoded() {
        Submission received = receive(HEADERS.formatted("b64") + """
                Subject: Base64
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: base64

                """ + base64("Récupération des métaux.\nDeuxième ligne.", "UTF-8"));

        assertThat(received.body()).isEqualTo("Récupération des métaux.\nDeuxième ligne.");
    }

    @Test
    void ofAlternativesThePlainTextIsTaken() {
        Submission received = receive(HEADERS.formatted("alt") + """
                Subject: Alternatives
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/html; charset=UTF-8

                <p>The <b>HTML</b> version</p>
                --alt
                Content-Type: text/plain; charset=UTF-8

                The plain version
                --alt--
                """);

        assertThat(received.body()).isEqualTo("The plain version");
        assertThat(received.files()).isEmpty();
    }

    @Test
    void htmlWithoutPlainTextBecomesTextWithLineBreaksAndWithoutScriptsOrStyles() {
        Submission received = receive(HEADERS.formatted("html") + """
                Subject: HTML only
                Content-Type: text/html; charset=windows-1252
                Content-Transfer-Encoding: quoted-printable

                """ + quotedPrintable("""
                <html><head><title>Ignored title</title><style>p { color: red }</style></head>
                <body><script>alert('x')</script>
                <p>Dear   secretariat,</p><p>We propose:<br>first&nbsp;point</p>
                <ul><li>tailings</li><li>recycling – “urban mining”</li></ul>
                <div>Regards,<br/>Camille</div></body></html>""", "windows-1252"));

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
        Submission received = receive(HEADERS.formatted("outlook") + """
                Subject: Nested
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
                """);

        assertThat(received.body()).isEqualTo("Please find our letter attached.");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("Letter.pdf");
        assertThat(received.files().get(0).content()).isEqualTo(PDF);
    }

    @Test
    void anHtmlOnlyAlternativeInsideRelatedInsideMixedIsConvertedToText() {
        Submission received = receive(HEADERS.formatted("apple") + """
                Subject: Apple style
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
                """);

        assertThat(received.body()).isEqualTo("Only HTML here");
        assertThat(received.files()).isEmpty();
    }

    @Test
    void encodedWordSubjectsAndFileNamesAreDecodedEvenWhenAMultiByteCharacterSpansTwoWords() {
        // "Résidus" split inside the two bytes of "é", as some senders split their words
        String subject = "=?UTF-8?Q?R=C3?= =?UTF-8?Q?=A9sidus_miniers?= =?ISO-8859-1?Q?_=E0_valoriser?=";

        Submission received = receive(HEADERS.formatted("ew") + """
                Subject: %s
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Voir pièce jointe.
                --m
                Content-Type: application/pdf; name="=?UTF-8?Q?R=C3=A9sum=C3=A9_2026.pdf?="
                Content-Disposition: attachment; filename="=?UTF-8?Q?R=C3=A9sum=C3=A9_2026.pdf?="
                Content-Transfer-Encoding: base64

                %s
                --m--
                """.formatted(subject, base64(PDF)));

        assertThat(received.subject()).isEqualTo("Résidus miniers à valoriser");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("Résumé 2026.pdf");
    }

    @Test
    void rfc2231FileNamesAreDecodedIncludingContinuations() {
        Submission received = receive(HEADERS.formatted("2231") + """
                Subject: RFC 2231
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Two files.
                --m
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''%%D8%%AA%%D9%%82%%D8%%B1%%D9%%8A%%D8%%B1.pdf
                Content-Transfer-Encoding: base64

                %s
                --m
                Content-Type: application/pdf
                Content-Disposition: attachment;
                 filename*0*=ISO-8859-1''Contribution%%20de%%20la%%20R%%E9;
                 filename*1*=publique.pdf
                Content-Transfer-Encoding: base64

                %s
                --m--
                """.formatted(base64(PDF), base64(PDF)));

        assertThat(received.files()).extracting(IncomingFile::fileName)
                .containsExactly("تقرير.pdf", "Contribution de la République.pdf");
    }

    @Test
    void latin1TextIsReadAsWindows1252SoItsQuotesAndEuroSignSurvive() {
        Submission received = receive(HEADERS.formatted("latin1") + """
                Subject: =?iso-8859-1?q?Contribution_de_la_R=E9publique?=
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                Co=FBt estim=E9 : 5 =80 la tonne, =93r=E9sidus=94.
                """);

        assertThat(received.subject()).isEqualTo("Contribution de la République");
        assertThat(received.body()).isEqualTo("Coût estimé : 5 € la tonne, “résidus”.");
    }

    @Test
    void windows1252TextIsDecoded() {
        String text = "Résumé – “economía circular” – 10 € – œuvre";

        Submission received = receive(HEADERS.formatted("cp1252") + """
                Subject: Windows-1252
                Content-Type: text/plain; charset="Windows-1252"
                Content-Transfer-Encoding: quoted-printable

                """ + quotedPrintable(text, "windows-1252"));

        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void arabicInUtf8IsDecoded() {
        String text = "الإدارة السليمة بيئياً للمعادن والفلزات";

        Submission received = receive(HEADERS.formatted("ar-utf8") + """
                Subject: %s
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s""".formatted(word("مساهمة المملكة المغربية", "UTF-8"), base64(text, "UTF-8")));

        assertThat(received.subject()).isEqualTo("مساهمة المملكة المغربية");
        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void arabicInWindows1256IsDecoded() {
        String text = "استعادة الموارد من مخلفات التعدين";

        Submission received = receive(HEADERS.formatted("ar-1256") + """
                Subject: %s
                Content-Type: text/plain; charset=windows-1256
                Content-Transfer-Encoding: quoted-printable

                %s""".formatted(word("مساهمة", "windows-1256"), quotedPrintable(text, "windows-1256")));

        assertThat(received.subject()).isEqualTo("مساهمة");
        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void chineseInUtf8IsDecoded() {
        String text = "关于矿物和金属的环境无害化管理的意见。";

        Submission received = receive(HEADERS.formatted("zh-utf8") + """
                Subject: %s
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s""".formatted(word("中国的贡献", "UTF-8"), base64(text, "UTF-8")));

        assertThat(received.subject()).isEqualTo("中国的贡献");
        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void chineseLabelledGb2312ButHoldingGbkCharactersIsReadAsGb18030() {
        // 镕 is in GBK but not in GB2312; mail clients label such text GB2312 all the same
        String text = "朱镕基 关于尾矿资源回收的建议";

        Submission received = receive(HEADERS.formatted("zh-gb") + """
                Subject: %s
                Content-Type: text/plain; charset="gb2312"
                Content-Transfer-Encoding: base64

                %s""".formatted(word("资源回收", "GB2312"), base64(text, "GBK")));

        assertThat(received.subject()).isEqualTo("资源回收");
        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void chineseInGb18030IsDecoded() {
        String text = "矿物和金属 𠀀";

        Submission received = receive(HEADERS.formatted("zh-18030") + """
                Subject: GB18030
                Content-Type: text/plain; charset=GB18030
                Content-Transfer-Encoding: base64

                %s""".formatted(base64(text, "GB18030")));

        assertThat(received.body()).isEqualTo(text);
    }

    @Test
    void aForwardedMessageAddsItsHeadersAndTextToTheBodyAndItsFilesToTheFiles() {
        Submission received = receive(HEADERS.formatted("fwd") + """
                Subject: Fwd: Contribution
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
                Content-Type: multipart/mixed; boundary="inner"

                --inner
                Content-Type: text/plain; charset=UTF-8

                Please find the signed letter.
                --inner
                Content-Type: application/pdf; name="Signed.pdf"
                Content-Disposition: attachment; filename="Signed.pdf"
                Content-Transfer-Encoding: base64

                %s
                --inner--

                --outer--
                """.formatted(base64(PDF)));

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
        Submission received = receive(HEADERS.formatted("flowed") + """
                Subject: Flowed
                Content-Type: text/plain; charset=UTF-8; format=flowed

                This paragraph was wrapped by the\s
                sender's client at a soft break.
                A new line.
                """);

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
    void rawUtf8HeadersAreReadAsUtf8() {
        Submission received = receive(HEADERS.formatted("utf8-headers") + """
                Subject: Résidus miniers – 矿物
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Texte.
                """);

        assertThat(received.subject()).isEqualTo("Résidus miniers – 矿物");
    }

    @Test
    void anUnnamedPdfIsKeptAsAFileAndTheSignatureOfASignedMessageIsNot() {
        Submission received = receive(HEADERS.formatted("signed") + """
                Subject: Signed
                Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s"

                --s
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Signed text.
                --m
                Content-Type: application/pdf
                Content-Transfer-Encoding: base64

                %s
                --m--

                --s
                Content-Type: application/pkcs7-signature; name="smime.p7s"
                Content-Disposition: attachment; filename="smime.p7s"
                Content-Transfer-Encoding: base64

                MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==
                --s--
                """.formatted(base64(PDF)));

        assertThat(received.body()).isEqualTo("Signed text.");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("attachment");
        assertThat(received.files().get(0).content()).isEqualTo(PDF);
    }

    @Test
    void aBodyLongerThanIntakeAcceptsIsCutAndTravelsWholeAsATextFile() {
        String text = "a".repeat(100_010);

        Submission received = receive(HEADERS.formatted("long") + """
                Subject: Long
                Content-Type: text/plain; charset=UTF-8

                """ + text.replaceAll("(.{900})", "$1 \n"));

        assertThat(received.body().codePointCount(0, received.body().length())).isEqualTo(100_000);
        assertThat(received.body()).endsWith("…");
        assertThat(received.files()).extracting(IncomingFile::fileName).containsExactly("message-body.txt");
        assertThat(new String(received.files().get(0).content(), StandardCharsets.UTF_8).replace(" \n", ""))
                .isEqualTo(text);
    }

    @Test
    void aMultipartWhoseBoundaryNeverAppearsIsKeptAsText() {
        Submission received = receive(HEADERS.formatted("no-boundary") + """
                Subject: Broken
                Content-Type: multipart/mixed; boundary="declared-but-absent"

                The sender's client forgot the parts; the words are still here.
                """);

        assertThat(received.body()).isEqualTo("The sender's client forgot the parts; the words are still here.");
    }

    private static Submission receive(String rfc5322) {
        TestMailbox.deliver(greenMail, rfc5322);
        PollerFixture fixture = new PollerFixture(greenMail);
        fixture.pollOnce();
        return fixture.intake.only();
    }
}
