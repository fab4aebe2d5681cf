package dev.assay.intake.form;

import dev.assay.contracts.taxonomy.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts form submissions as {@code assay.intake.communications{channel="web-form",outcome}}; {@code honeypot}
 * counts submissions a bot filled the hidden field of, which were answered as accepted and dropped.
 */
final class FormCounter {

    private final Counter accepted;
    private final Counter rejected;
    private final Counter unavailable;
    private final Counter honeypot;

    FormCounter(MeterRegistry registry) {
        this.accepted = counter(registry, "accepted");
        this.rejected = counter(registry, "rejected");
        this.unavailable = counter(registry, "unavailable");
        this.honeypot = counter(registry, "honeypot");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("assay.intake.communications")
                .description("Communications submitted, by channel and outcome")
                .tag("channel", Channel.WEB_FORM.id())
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

    void honeypot() {
        honeypot.increment();
    }
}
