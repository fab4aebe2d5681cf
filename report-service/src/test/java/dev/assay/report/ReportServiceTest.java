package dev.assay.report;

import dev.assay.contracts.fixtures.EmbeddedMongoConfiguration;
import dev.assay.contracts.fixtures.FixedClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service against an in-JVM Kafka broker and an in-JVM MongoDB, on a random port, with reports stamped
 * {@value #NOW}. Every test class using it shares one application context (one broker start).
 * The marker sweeper is pushed out of the way so that tests see markers exactly as the projection leaves them. Bearer
 * tokens are those of {@code TestTokens} (see {@link Analysts}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "assay.report.marker-sweep-interval=1h",
        FixedClock.PROPERTY + "=" + ReportServiceTest.NOW})
@EmbeddedKafka
@AutoConfigureMockMvc
@Import({EmbeddedMongoConfiguration.class, FixedClock.class, TestTokenConfiguration.class})
public @interface ReportServiceTest {

    /** What the service's clock reads, and so the {@code generatedAt} of every report the tests expect. */
    String NOW = "2026-03-10T12:00:00Z";
}
