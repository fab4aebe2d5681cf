package dev.assay.intake.email;

import dev.assay.intake.ack.AcknowledgementMailer;
import dev.assay.intake.ack.AcknowledgementRequest;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the mailbox on a fixed delay, one message after the other, oldest first, and files each message only
 * after what became of it is final: accepted ones (Kafka holds them) to the processed folder, then acknowledged;
 * refused or unreadable ones to the rejected folder; automatic mail to the skipped folder. While Kafka is
 * unavailable the poll stops and everything stays where it is. A crash or a failed move after publishing leaves
 * the message in place, and the next poll publishes it again under the same id, which report-service counts once.
 * A message that keeps failing for another reason is rejected after {@code max-attempts}, so none blocks the
 * others for ever; no failure stops the polling. Of several replicas, only the one holding the {@link MailboxLease}
 * polls; it renews the lease on a thread of its own, so a long poll does not lose it, and gives it up when stopped.
 */
public final class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int REMEMBERED_FAILURES = 10_000;
    /** How long stopping waits for the message in hand before interrupting it; within the shutdown phase. */
    private static final long STOP_WAIT_MILLIS = 15_000;

    private final Mailbox.Connector connector;
    private final MessageIntake intake;
    private final MailProperties properties;
    private final EmailMetrics metrics;
    private final Optional<AcknowledgementMailer> acknowledgements;
    private final MailboxLease lease;
    private final Duration renewEvery;
    private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED_FAILURES;
        }
    };
    private final Object pollLock = new Object();
    private volatile boolean running;
    private ScheduledExecutorService scheduler;

    MailboxPoller(Mailbox.Connector connector, MessageIntake intake, MailProperties properties, EmailMetrics metrics,
                  Optional<AcknowledgementMailer> acknowledgements) {
        this(connector, intake, properties, metrics, acknowledgements, MailboxLease.NONE, Duration.ofSeconds(1));
    }

    MailboxPoller(Mailbox.Connector connector, MessageIntake intake, MailProperties properties, EmailMetrics metrics,
                  Optional<AcknowledgementMailer> acknowledgements, MailboxLease lease, Duration renewEvery) {
        this.connector = connector;
        this.intake = intake;
        this.properties = properties;
        this.metrics = metrics;
        this.acknowledgements = acknowledgements;
        this.lease = lease;
        this.renewEvery = renewEvery;
    }

    /** Reads up to {@code max-messages-per-poll} messages once. @return what became of each, in order */
    public List<MailOutcome> pollOnce() {
        synchronized (pollLock) {
            return poll();
        }
    }

    private List<MailOutcome> poll() {
        List<MailOutcome> outcomes = new ArrayList<>();
        try (Mailbox mailbox = connector.open()) {
            for (StoredMessage message : mailbox.waiting(properties.maxMessagesPerPoll())) {
                MailOutcome outcome = handle(mailbox, message);
                outcomes.add(outcome);
                if (MailOutcome.UNAVAILABLE.equals(outcome.reason())) {
                    log.warn("Intake is unavailable; the remaining messages wait in {} for the next poll",
                            properties.folder());
                    break;
                }
                if (stopping() || !lease.isHeld()) {
                    break;
                }
            }
            metrics.pollSucceeded();
        } catch (MessagingException | RuntimeException e) {
            metrics.pollFailed();
            log.warn("Could not read the mailbox {}: {}", properties, e.toString());
        }
        return outcomes;
    }

    private MailOutcome handle(Mailbox mailbox, StoredMessage message) {
        MailOutcome outcome = read(mailbox, message);
        String key = outcome.communicationId() != null ? outcome.communicationId() : "uid:" + message.uid();
        if (outcome.kind() == MailOutcome.Kind.DEFERRED && !MailOutcome.UNAVAILABLE.equals(outcome.reason())
                && failures.merge(key, 1, Integer::sum) >= properties.maxAttempts()) {
            outcome = MailOutcome.rejected("failed-repeatedly", properties.maxAttempts() + " attempts, last: "
                    + outcome.detail(), outcome.communicationId(), outcome.mail());
        }
        metrics.count(outcome);
        logOutcome(message, outcome);
        if (outcome.kind() == MailOutcome.Kind.DEFERRED) {
            return outcome;
        }
        failures.remove(key);
        try {
            mailbox.moveTo(message, folderFor(outcome.kind()));
        } catch (MessagingException | RuntimeException e) {
            metrics.filingFailed();
            log.warn("Message uid {} ({}) stays in {}: moving it failed ({}); it will be read again under the "
                    + "same id", message.uid(), outcome.kind().tag(), properties.folder(), e.toString());
            return outcome;
        }
        if (outcome.kind() == MailOutcome.Kind.ACCEPTED) {
            acknowledge(outcome);
        }
        return outcome;
    }

    private MailOutcome read(Mailbox mailbox, StoredMessage message) {
        if (message.size() > properties.maxMessageSize().toBytes()) {
            return MailOutcome.rejected("too-large", message.size() + " bytes, limit "
                    + properties.maxMessageSize().toBytes(), null, null);
        }
        byte[] raw;
        try {
            raw = mailbox.raw(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            return MailOutcome.deferred("download-failed", e.toString(), null, null);
        }
        return intake.take(raw);
    }

    private String folderFor(MailOutcome.Kind kind) {
        return switch (kind) {
            case ACCEPTED -> properties.processedFolder();
            case REJECTED -> properties.rejectedFolder();
            case SKIPPED -> properties.skippedFolder();
            case DEFERRED -> throw new IllegalArgumentException("a deferred message stays where it is");
        };
    }

    private void acknowledge(MailOutcome outcome) {
        ReceivedMail mail = outcome.mail();
        if (acknowledgements.isEmpty() || !mail.singleSender() || mail.noAutoResponse()) {
            return;
        }
        try {
            acknowledgements.get().acknowledge(new AcknowledgementRequest(outcome.communicationId(),
                    mail.fromAddress(), mail.fromName(), mail.messageId(), mail.subject(), mail.contentLanguage(),
                    mail.body()));
        } catch (RuntimeException e) {
            log.warn("Could not acknowledge communication {}: {}", outcome.communicationId(), e.toString());
        }
    }

    private static void logOutcome(StoredMessage message, MailOutcome outcome) {
        String messageId = outcome.mail() == null ? null : LogText.of(outcome.mail().messageId());
        switch (outcome.kind()) {
            case ACCEPTED -> log.info("Accepted message uid {} {} as communication {}", message.uid(), messageId,
                    outcome.communicationId());
            case SKIPPED -> log.info("Skipped message uid {} {}: {}", message.uid(), messageId, outcome.reason());
            case REJECTED -> log.warn("Rejected message uid {} {}: {} ({})", message.uid(), messageId,
                    outcome.reason(), LogText.of(outcome.detail()));
            case DEFERRED -> log.warn("Left message uid {} {} for a later poll: {} ({})", message.uid(), messageId,
                    outcome.reason(), LogText.of(outcome.detail()));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "intake-mailbox");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::renewLeaseQuietly, 0, renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, properties.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Polling {} while holding its lease", properties);
    }

    private void renewLeaseQuietly() {
        try {
            lease.acquireOrRenew();
        } catch (RuntimeException e) {
            log.error("Taking or renewing the mailbox lease failed unexpectedly; trying again", e);
        }
    }

    private void pollQuietly() {
        if (!lease.isHeld()) {
            return;
        }
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.error("Poll of the mailbox failed unexpectedly; polling goes on", e);
        }
    }

    /** Finishes the message in hand, stops polling and releases the lease, so that another replica goes on at once. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            running = false;
            stopping = scheduler;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            // the message in hand is finished; the others wait in the mailbox
            if (!stopping.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            lease.release();
        }
    }

    /** Stops at once and keeps the lease, as a replica killed with SIGKILL does: for tests of the takeover. */
    void halt() {
        ScheduledExecutorService halting;
        synchronized (this) {
            running = false;
            halting = scheduler;
        }
        lease.abandon();
        if (halting != null) {
            halting.shutdownNow();
        }
    }

    private synchronized boolean stopping() {
        return scheduler != null && !running;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
