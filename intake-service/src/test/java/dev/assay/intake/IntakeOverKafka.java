package dev.assay.intake;

import dev.assay.contracts.fixtures.EmbeddedMongoConfiguration;
import dev.assay.contracts.fixtures.FixedClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a random port against an in-JVM Kafka broker and an in-JVM mongo-java-server, with the clock
 * pinned. Every test class with this annotation shares one application context (one broker, one start-up).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assay.intake.topic.partitions=3",
        "assay.intake.max-request-bytes=64KB",
        "assay.intake.report-base-url=http://reports.test:8083",
        "assay.intake.attachments.max-files=3",
        "assay.intake.attachments.max-file-size=256KB",
        "assay.intake.attachments.max-total-size=512KB",
        "assay.intake.idempotency.in-progress-wait=5s",
        // a short warm-up: ApiWarmUpTest has the full one
        "assay.intake.warm-up.requests=300", "assay.intake.warm-up.probes=100",
        // every test class shares the context and the loopback address; the limit's own tests are RateLimitTest
        "assay.rate-limit.requests-per-period=100000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({FixedClock.class, EmbeddedMongoConfiguration.class, TestTokensConfiguration.class})
public @interface IntakeOverKafka {
}
