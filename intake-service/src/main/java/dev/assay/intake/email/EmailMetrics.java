package dev.assay.intake.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts messages by what became of them, {@code assay.intake.email{outcome,reason}}, and polls by whether the
 * mailbox could be read, {@code assay.intake.email.polls{outcome}}. Reasons come from a fixed set, never from
 * message text, so the number of series stays small.
 */
final class EmailMetrics {

    static final String MESSAGES = "assay.intake.email";
    static final String POLLS = "assay.intake.email.polls";
    static final String FILING_FAILURES = "assay.intake.email.filing.failures";

    private final MeterRegistry registry;

    EmailMetrics(MeterRegistry registry) {
        this.registry = registry;
        messages(MailOutcome.Kind.ACCEPTED.tag(), "none");
        polls("ok");
        polls("failed");
        filingFailures();
    }

    void count(MailOutcome outcome) {
        messages(outcome.kind().tag(), outcome.reason()).increment();
    }

    void pollSucceeded() {
        polls("ok").increment();
    }

    void pollFailed() {
        polls("failed").increment();
    }

    void filingFailed() {
        filingFailures().increment();
    }

    private Counter messages(String outcome, String reason) {
        return Counter.builder(MESSAGES)
                .description("Messages read from the intake mailbox, by what became of them")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }

    private Counter polls(String outcome) {
        return Counter.builder(POLLS)
                .description("Polls of the intake mailbox, by whether it could be read")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter filingFailures() {
        return Counter.builder(FILING_FAILURES)
                .description("Messages handled but not moved out of the polled folder; they are read again")
                .register(registry);
    }
}
