package dev.assay.intake.web;

import dev.assay.contracts.taxonomy.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts API submissions by outcome as {@code assay.intake.communications{channel,outcome}}. */
final class SubmissionCounter {

    static final String METER = "assay.intake.communications";

    private final Counter accepted;
    private final Counter rejected;
    private final Counter unavailable;
    private final Counter duplicate;

    SubmissionCounter(MeterRegistry registry) {
        this.accepted = counter(registry, "accepted");
        this.rejected = counter(registry, "rejected");
        this.unavailable = counter(registry, "unavailable");
        this.duplicate = counter(registry, "duplicate");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(METER)
                .description("Communications submitted, by channel and outcome")
                .tag("channel", Channel.API.id())
                .tag("outcome", outcome)
                .register(registry);
    }

    void accepted() {
        accepted.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void unavailable() {
        unavailable.increment();
    }

    /** A retry answered from its Idempotency-Key: nothing new was accepted. */
    void duplicate() {
        duplicate.increment();
    }
}
