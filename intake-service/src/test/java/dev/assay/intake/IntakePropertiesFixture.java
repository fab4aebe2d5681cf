package dev.assay.intake;

import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;

/** The documented defaults of {@link IntakeProperties}, for tests that build beans by hand. */
public final class IntakePropertiesFixture {

    private IntakePropertiesFixture() {
    }

    public static IntakeProperties defaults() {
        return new IntakeProperties(DataSize.ofMegabytes(1),
                new IntakeProperties.MaxLength(500, 100_000, 300, 200),
                Duration.ofSeconds(10), Duration.ofSeconds(5), URI.create("http://localhost:8083"),
                new IntakeProperties.TopicLayout(6, 1),
                new IntakeProperties.KafkaHealth(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    public static IntakeProperties withMaxRequestBytes(long bytes) {
        IntakeProperties d = defaults();
        return new IntakeProperties(DataSize.ofBytes(bytes), d.maxLength(), d.publishTimeout(), d.retryAfter(),
                d.reportBaseUrl(), d.topic(), d.kafkaHealth());
    }

    public static IntakeProperties withPublishTimeout(Duration timeout) {
        IntakeProperties d = defaults();
        return new IntakeProperties(d.maxRequestBytes(), d.maxLength(), timeout, d.retryAfter(),
                d.reportBaseUrl(), d.topic(), d.kafkaHealth());
    }
}
