package dev.assay.intake;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class IntakePropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @EnableConfigurationProperties(IntakeProperties.class)
    static class PropertiesOnly {
    }

    @Test
    void applicationYmlHoldsTheDocumentedDefaults() {
        runner.run(context -> assertThat(context.getBean(IntakeProperties.class))
                .isEqualTo(IntakePropertiesFixture.defaults()));
    }

    @Test
    void theDefaultsApplyEvenWithoutApplicationYml() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(PropertiesOnly.class)
                .run(context -> assertThat(context.getBean(IntakeProperties.class))
                        .isEqualTo(IntakePropertiesFixture.defaults()));
    }

    @Test
    void environmentVariablesOverrideTheReportUrlAndTopicLayout() {
        runner.withPropertyValues("ASSAY_REPORT_BASE_URL=https://reports.example.org",
                        "ASSAY_TOPIC_PARTITIONS=12", "ASSAY_TOPIC_REPLICATION_FACTOR=3")
                .run(context -> {
                    IntakeProperties properties = context.getBean(IntakeProperties.class);
                    assertThat(properties.reportBaseUrl()).hasToString("https://reports.example.org");
                    assertThat(properties.topic()).isEqualTo(new IntakeProperties.TopicLayout(12, 3));
                });
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        runner.withPropertyValues("assay.intake.retry-after=1500ms")
                .run(context -> assertThat(context.getBean(IntakeProperties.class).retryAfterSeconds()).isEqualTo(2));
    }

    @Test
    void nonsensicalSettingsStopTheServiceFromStarting() {
        runner.withPropertyValues("assay.intake.max-length.subject=0", "assay.intake.topic.partitions=0",
                        "assay.intake.publish-timeout=0s", "assay.intake.report-base-url=reports/")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("maxLength.subject")
                        .hasMessageContaining("topic.partitions")
                        .hasMessageContaining("publish-timeout must be positive")
                        .hasMessageContaining("report-base-url must be an absolute http(s) URL"));
    }
}
