package dev.assay.intake.submission;

import dev.assay.contracts.taxonomy.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts one channel's submissions by outcome as {@code assay.intake.communications{channel,outcome}}, so that a
 * dashboard compares channels on one meter. The email channel counts under its own meters as well, because a
 * message has outcomes a request has not (skipped auto-replies, bounces); see {@code EmailMetrics}.
 */
public final class SubmissionCounter {

    public static final String METER = "assay.intake.communications";

    private final MeterRegistry registry;
    private final Channel channel;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter unavailable;
    private final Counter duplicate;
    private final Counter honeypot;

    /**
     * Registers every outcome the channel can have at once, so each series exists (at 0) before its first event
     * and a dashboard's {@code rate()} over it works from the start.
     */
    public SubmissionCounter(MeterRegistry registry, Channel channel) {
        this.registry = registry;
        this.channel = channel;
        this.accepted = counter("accepted");
        this.rejected = counter("rejected");
        this.unavailable = counter("unavailable");
        this.duplicate = channel == Channel.API ? counter("duplicate") : null;
        this.honeypot = channel == Channel.WEB_FORM ? counter("honeypot") : null;
    }

    private Counter counter(String outcome) {
        return Counter.builder(METER)
                .description("Communications submitted, by channel and outcome")
                .tag("channel", channel.id())
                .tag("outcome", outcome)
                .register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    /** Refused for what the submitter sent (invalid, too large, nothing readable). */
    public void rejected() {
        rejected.increment();
    }

    /** Not accepted because Kafka (or attachment storage) could not take it now; a retry may succeed. */
    public void unavailable() {
        unavailable.increment();
    }

    /** An API retry answered from its Idempotency-Key: nothing new was accepted. */
    public void duplicate() {
        (duplicate != null ? duplicate : counter("duplicate")).increment();
    }

    /** A bot filled the form's hidden field: answered as accepted and dropped. */
    public void honeypot() {
        (honeypot != null ? honeypot : counter("honeypot")).increment();
    }
}
