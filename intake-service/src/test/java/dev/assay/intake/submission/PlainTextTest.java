package dev.assay.intake.submission;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.intake.attachments.FileText;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.attachments.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"})
    void invisibleFormattingCharactersAreRemoved(String invisible) {
        assertThat(PlainText.clean("tail" + invisible + "ings")).isEqualTo("tailings");
    }

    @Test
    void aTrojanSourceLineReadsAsItIsStored() {
        // displayed as "access level: user", stored as an override that reverses what follows
        assertThat(PlainText.clean("access level: \u202Eresu\u202C")).isEqualTo("access level: resu");
    }

    @Test
    void decomposedAccentsAreComposed() {
        String decomposed = "re\u0301sidus mine\u0301raux";

        assertThat(PlainText.clean(decomposed)).isEqualTo("résidus minéraux").hasSize(16);
    }

    @Test
    void textInEveryScriptIsOtherwiseUntouched() {
        String text = "Résidus miniers — хвосты — المخلفات التعدينية — 尾矿 — relaves\n\tline two";

        assertThat(PlainText.clean(text)).isSameAs(text);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(PlainText.clean((String) null)).isNull();
        assertThat(PlainText.clean("")).isEmpty();
    }

    @Test
    void aSubmissionLosesThemFromSubjectBodyAndTheSubmittersWords() {
        IncomingFile file = new IncomingFile("a\u202Etxt.exe", new byte[]{1, 2});
        Submission submission = new Submission("c-1", Channel.API,
                new Submitter(SubmitterType.MEMBER_STATE, "FR", "Minist\u200Bere", "Ann\u2066e", "a\u200D@b.fr",
                        Verification.VERIFIED),
                "Sub\u202Eject", "Bo\uFEFFdy", List.of(), List.of("5/12"), List.of(file), "c-0");

        Submission clean = PlainText.clean(submission);

        assertThat(clean).isEqualTo(new Submission("c-1", Channel.API,
                new Submitter(SubmitterType.MEMBER_STATE, "FR", "Ministere", "Anne", "a@b.fr", Verification.VERIFIED),
                "Subject", "Body", List.of(), List.of("5/12"), List.of(file), "c-0"));
        assertThat(clean.files().get(0).fileName()).as("the file keeps its name and bytes").isEqualTo("a\u202Etxt.exe");
    }

    @Test
    void anAttachmentsExtractedTextIsCleanedAndItsReadingKept() {
        FileText read = new FileText("application/pdf", "Lettre\u200B de transmission", true, ReadOutcome.EXTRACTED,
                null);

        assertThat(PlainText.clean(read)).isEqualTo(new FileText("application/pdf", "Lettre de transmission", true,
                ReadOutcome.EXTRACTED, null));
    }
}
