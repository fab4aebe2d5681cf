package dev.assay.deploy.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

    @Test
    void withNothingGivenItListensOnLoopbackWithSmtp3025Imap3143AndTheCommunicationsMailbox() {
        assertThat(MailSettings.from(new String[0], Map.of())).isEqualTo(new MailSettings("127.0.0.1", 3025, 3143,
                "communications@assay.localhost", "assay-local-only"));
    }

    @Test
    void environmentVariablesReplaceTheDefaultsAndFlagsWinOverThem() {
        MailSettings settings = MailSettings.from(new String[] {"--imap-port=0", "--address=inbox@assay.test"},
                Map.of("ASSAY_MAIL_SMTP_PORT", "2525", "ASSAY_MAIL_IMAP_PORT", "2143",
                        "ASSAY_MAIL_PASSWORD", "s3cret", "ASSAY_MAIL_HOST", "localhost"));

        assertThat(settings).isEqualTo(new MailSettings("localhost", 2525, 0, "inbox@assay.test", "s3cret"));
    }

    @Test
    void anUnknownFlagIsRejectedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> MailSettings.from(new String[] {"--pop3-port=110"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--pop3-port=110")
                .hasMessageContaining("--imap-port=<port>");
    }

    @Test
    void badValuesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> MailSettings.from(new String[] {"--smtp-port=x"}, Map.of()))
                .hasMessage("smtp port must be a number, was 'x'");
        assertThatThrownBy(() -> MailSettings.from(new String[] {"--imap-port=3025"}, Map.of()))
                .hasMessage("SMTP and IMAP need different ports, both were 3025");
        assertThatThrownBy(() -> MailSettings.from(new String[] {"--address=nobody"}, Map.of()))
                .hasMessage("address must be an e-mail address, was 'nobody'");
        assertThatThrownBy(() -> MailSettings.from(new String[] {"--smtp-port=70000"}, Map.of()))
                .hasMessage("smtp port must be between 0 and 65535, was 70000");
    }
}
