package dev.assay.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Accepts communications over HTTP and answers only once Kafka holds them. */
@SpringBootApplication
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /** The one source of "now", so tests can pin the time a communication was received. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
