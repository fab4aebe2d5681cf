package dev.assay.intake.email;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void withNothingConfiguredPollingIsOffOverImapsWithTheDocumentedDefaults() {
        runner.run(context -> {
            MailProperties mail = context.getBean(MailProperties.class);
            assertThat(mail.enabled()).isFalse();
            assertThat(mail.protocol()).isEqualTo(MailProperties.Protocol.IMAPS);
            assertThat(mail.effectivePort()).isEqualTo(993);
            assertThat(List.of(mail.folder(), mail.processedFolder(), mail.rejectedFolder(), mail.skippedFolder()))
                    .containsExactly("INBOX", "Processed", "Rejected", "Skipped");
            assertThat(mail.pollInterval()).isEqualTo(Duration.ofSeconds(10));
            assertThat(mail.maxMessagesPerPoll()).isEqualTo(50);
            assertThat(mail.maxMessageSize()).isEqualTo(DataSize.ofMegabytes(75));
            assertThat(mail.maxAttempts()).isEqualTo(5);
            assertThat(mail.focalPoints()).isEmpty();
        });
    }

    @Test
    void noPollerExistsUnlessPollingIsEnabled() {
        new ApplicationContextRunner().withUserConfiguration(MailConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailboxPoller.class));
    }

    @Test
    void everySettingComesFromEnvironmentVariablesByRelaxedBinding() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                                "ASSAY_INTAKE_MAIL_ENABLED", "true",
                                "ASSAY_INTAKE_MAIL_HOST", "imap.example.org",
                                "ASSAY_INTAKE_MAIL_PORT", "3143",
                                "ASSAY_INTAKE_MAIL_PROTOCOL", "imap",
                                "ASSAY_INTAKE_MAIL_USERNAME", "communications@example.org",
                                "ASSAY_INTAKE_MAIL_PASSWORD", "from-the-environment",
                                "ASSAY_INTAKE_MAIL_PROCESSED_FOLDER", "Archive/Assay",
                                "ASSAY_INTAKE_MAIL_POLL_INTERVAL", "2s",
                                "ASSAY_INTAKE_MAIL_FOCALPOINTS_0_ADDRESS", "*@environment.go.ke",
                                "ASSAY_INTAKE_MAIL_FOCALPOINTS_0_COUNTRY", "KE"))))
                .run(context -> {
                    MailProperties mail = context.getBean(MailProperties.class);
                    assertThat(mail.enabled()).isTrue();
                    assertThat(mail.host()).isEqualTo("imap.example.org");
                    assertThat(mail.effectivePort()).isEqualTo(3143);
                    assertThat(mail.protocol()).isEqualTo(MailProperties.Protocol.IMAP);
                    assertThat(mail.username()).isEqualTo("communications@example.org");
                    assertThat(mail.password()).isEqualTo("from-the-environment");
                    assertThat(mail.processedFolder()).isEqualTo("Archive/Assay");
                    assertThat(mail.pollInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(mail.focalPoints()).containsExactly(
                            new FocalPoint("*@environment.go.ke", "KE", null, null));
                    assertThat(mail.toString()).doesNotContain("from-the-environment");
                });
    }

    @Test
    void enabledWithoutCredentialsStopsTheServiceSayingWhatIsMissing() {
        runner.withPropertyValues("assay.intake.mail.enabled=true", "assay.intake.mail.username=u")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(
                        "host, username and password are required when assay.intake.mail.enabled is true"));
    }

    @Test
    void filingIntoThePolledFolderIsRefusedAtStartUp() {
        runner.withPropertyValues("assay.intake.mail.rejected-folder=inbox")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(
                        "none of the last three may be the folder that is polled"));
    }

    @Test
    void aZeroPollIntervalIsRefused() {
        runner.withPropertyValues("assay.intake.mail.poll-interval=0s")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(
                        "poll-interval, connection-timeout and timeout must be positive"));
    }
}
