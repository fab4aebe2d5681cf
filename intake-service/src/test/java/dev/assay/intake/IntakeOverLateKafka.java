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
 * Like {@link IntakeOverKafka}, but Kafka's acknowledgements can be held back ({@link HeldAcknowledgements}), intake
 * waits only two seconds for them, and every MongoDB command intake sends is watched ({@link WatchedMongoAccess}).
 * Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assay.intake.topic.partitions=3",
        "assay.intake.report-base-url=http://reports.test:8083",
        "assay.intake.publish-timeout=2s",
        "assay.intake.retry-after=2s",
        "spring.kafka.producer.properties.interceptor.classes=dev.assay.intake.HeldAcknowledgements",
        // a short warm-up: ApiWarmUpTest has the full one
        "assay.intake.warm-up.requests=300", "assay.intake.warm-up.probes=100"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({FixedClock.class, EmbeddedMongoConfiguration.class, WatchedMongoAccess.class})
public @interface IntakeOverLateKafka {
}
