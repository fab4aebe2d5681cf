package dev.assay.bench.passthrough;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The classification benchmark's baseline: a Spring Cloud Stream function that does no work, with
 * classification-service's binder settings, reading the same backlog under its own consumer group and writing its
 * own topic. The difference between the two rates is what classifying costs.
 */
@SpringBootApplication
public class PassThroughApplication {

    public static void main(String[] args) {
        SpringApplication.run(PassThroughApplication.class, args);
    }
}
