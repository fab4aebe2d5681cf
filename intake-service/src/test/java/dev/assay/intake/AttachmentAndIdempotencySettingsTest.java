package dev.assay.intake;

import dev.assay.intake.attachments.AttachmentLimits;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.IdempotencyProperties;
import dev.assay.intake.idempotency.UnknownOutcomeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The attachment and idempotency settings: documented defaults, environment overrides, nonsense refused. */
class AttachmentAndIdempotencySettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @EnableConfigurationProperties({AttachmentProperties.class, IdempotencyProperties.class,
            UnknownOutcomeProperties.class})
    static class Bound {
    }

    @Test
    void applicationYmlHoldsTheDocumentedDefaults() {
        runner.run(context -> {
            assertThat(context.getBean(AttachmentProperties.class)).isEqualTo(AttachmentLimits.defaults());
            assertThat(context.getBean(IdempotencyProperties.class)).isEqualTo(new IdempotencyProperties(
                    Duration.ofHours(24), Duration.ofSeconds(3), Duration.ofMinutes(2), Duration.ofHours(1),
                    "idempotency-keys"));
            assertThat(context.getBean(UnknownOutcomeProperties.class)).isEqualTo(new UnknownOutcomeProperties(
                    Duration.ofMinutes(10), Duration.ofSeconds(1)));
        });
    }

    // system properties, like environment variables, take precedence over application.yml
    @Test
    void settingsOutsideApplicationYmlOverrideIt() {
        runner.withSystemProperties("assay.intake.attachments.max-file-size=5MB",
                        "assay.intake.idempotency.retention=48h")
                .run(context -> {
                    assertThat(context.getBean(AttachmentProperties.class).maxFileSize())
                            .isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(context.getBean(IdempotencyProperties.class).retention())
                            .isEqualTo(Duration.ofHours(48));
                });
    }

    @Test
    void nonsensicalAttachmentLimitsStopTheServiceFromStarting() {
        runner.withSystemProperties("assay.intake.attachments.max-file-size=60MB",
                        "assay.intake.attachments.extraction-timeout=0s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("max-file-size must be positive and not larger than max-total-size")
                        .hasMessageContaining("extraction-timeout must be positive"));
    }

    @Test
    void whetherALateAnswerIsRememberedIsNotCachedForLong() {
        runner.withSystemProperties("assay.intake.unknown-outcome.cache-for=10s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("cache-for must be between 0 and 5s"));
    }

    @Test
    void keysCannotBeForgottenInLessThanADay() {
        runner.withSystemProperties("assay.intake.idempotency.retention=1h")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("retention must be at least 24h"));
    }
}
