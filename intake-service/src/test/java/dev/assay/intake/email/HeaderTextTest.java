package dev.assay.intake.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Encoded words, charsets, HTML and flowed text: the pieces the MIME tests rely on, at their edges. */
class HeaderTextTest {

    @Test
    void encodedWordsGluedToTextOrMalformedAreHandledLikeMailClientsDo() {
        assertThat(EncodedWords.decode("Re:=?UTF-8?B?Q29udHJpYnV0aW9u?=")).isEqualTo("Re:Contribution");
        assertThat(EncodedWords.decode("=?utf-8*fr?q?caf=C3=A9?= noir")).isEqualTo("café noir");
        assertThat(EncodedWords.decode("=?UTF-8?B?bad!?= text")).isEqualTo("=?UTF-8?B?bad!?= text");
        assertThat(EncodedWords.decode("=?UTF-8?Q?a=2?=")).isEqualTo("=?UTF-8?Q?a=2?=");
        assertThat(EncodedWords.decode("=?x-unknown?Q?abc?=")).isEqualTo("abc");
        assertThat(EncodedWords.decodeToLine("One\r\n two\tthree =?UTF-8?Q?four=0D=0AX-Injected:_yes?="))
                .isEqualTo("One two three four X-Injected: yes");
    }

    @Test
    void unknownOrMissingCharsetsFallBackToUtf8OrWindows1252() {
        byte[] utf8 = "Résidus".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "Résidus".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(MailCharsets.decode(utf8, null)).isEqualTo("Résidus");
        assertThat(MailCharsets.decode(latin, "x-made-up")).isEqualTo("Résidus");
        assertThat(MailCharsets.decode(utf8, "us-ascii")).isEqualTo("Résidus");
        assertThat(MailCharsets.decode("\uFEFFtext".getBytes(StandardCharsets.UTF_8), "utf-8")).isEqualTo("text");
        assertThat(MailCharsets.lookup("\"GB2312\"")).hasToString("GB18030");
    }

    @Test
    void htmlBecomesTextWithPreformattedTextAndTableCellsKept() {
        assertThat(HtmlText.fromString("""
                <table><tr><td>Country</td><td>Tonnes</td></tr><tr><td>Kenya</td><td>12</td></tr></table>
                <pre>line 1
                  line 2</pre><p>a &amp; b &lt;c&gt;</p><template><p>hidden</p></template>"""))
                .isEqualTo("Country\tTonnes\nKenya\t12\nline 1\n  line 2\na & b <c>");
    }

    @Test
    void flowedTextJoinsSoftBreaksPerQuoteDepthAndKeepsTheSignatureSeparator() {
        assertThat(FlowedText.unflow("> quoted \n> more\nown \ntext\n-- \nCamille", false))
                .isEqualTo("> quoted more\nown text\n-- \nCamille");
        assertThat(FlowedText.unflow("abc \ndef", true)).isEqualTo("abcdef");
    }
}
