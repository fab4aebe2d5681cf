package dev.assay.intake.email;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether this replica may poll the mailbox: the holder of a lease in MongoDB (ShedLock's {@link MongoLockProvider},
 * one document per mailbox: {@code {_id: name, lockUntil, lockedAt, lockedBy}}). The holder renews it every third of
 * its duration; a replica that dies (kill -9) stops renewing, and another takes it over once it has run out; a
 * replica that stops gracefully releases it. Polling twice is harmless (a message keeps its id), so a lost or
 * doubled lease costs work, never a duplicate.
 * <p>
 * ShedLock's filters are {@code {$and: [{_id: name}, {lockUntil: {$lte: now}}]}} (take) and
 * {@code {_id, lockUntil, lockedBy}} (renew), which mongo-java-server answers by reading the whole collection. That
 * is tolerable only because the collection holds one document per mailbox; keep it to that. ShedLock tells holders
 * apart by host name: two replicas on one host are kept apart by the expiry alone.
 */
interface MailboxLease {

    /** Takes the lease if it is free, renews it if held. @return whether this replica holds it now */
    boolean acquireOrRenew();

    boolean isHeld();

    /** Gives the lease up at once, for a graceful stop. */
    void release();

    /** Forgets the lease without releasing it, as a replica that dies does: others wait for it to run out. */
    void abandon();

    /** Every replica polls. */
    MailboxLease NONE = new MailboxLease() {
        @Override
        public boolean acquireOrRenew() {
            return true;
        }

        @Override
        public boolean isHeld() {
            return true;
        }

        @Override
        public void release() {
        }

        @Override
        public void abandon() {
        }
    };

    static MailboxLease inMongo(MongoDatabase database, MailLeaseProperties properties, String mailbox) {
        return new InMongo(new MongoLockProvider(database.getCollection(properties.collection())
                .withWriteConcern(WriteConcern.MAJORITY).withReadConcern(ReadConcern.MAJORITY)),
                mailbox, properties.duration());
    }

    /** The lease as a ShedLock lock named after the mailbox. */
    final class InMongo implements MailboxLease {

        private static final Logger log = LoggerFactory.getLogger(MailboxLease.class);

        private final MongoLockProvider locks;
        private final String name;
        private final Duration duration;
        private SimpleLock held;
        private boolean lastAnswer;

        InMongo(MongoLockProvider locks, String name, Duration duration) {
            this.locks = locks;
            this.name = name;
            this.duration = duration;
        }

        @Override
        public synchronized boolean acquireOrRenew() {
            try {
                if (held != null) {
                    held = held.extend(duration, Duration.ZERO).orElse(null);
                    if (held == null) {
                        log.warn("Lost the lease on {} (not renewed in time); another replica may poll it", name);
                    }
                }
                if (held == null) {
                    Optional<SimpleLock> taken = locks.lock(
                            new LockConfiguration(ClockProvider.now(), name, duration, Duration.ZERO));
                    held = taken.orElse(null);
                }
            } catch (RuntimeException e) {
                // MongoDB unreachable: do not poll on a lease that cannot be confirmed; try again next time
                log.warn("Could not take or renew the lease on {}: {}", name, e.toString());
                return answer(false);
            }
            return answer(held != null);
        }

        private boolean answer(boolean holds) {
            if (holds != lastAnswer) {
                log.info(holds ? "Holding the lease on {}: this replica polls it"
                        : "Not holding the lease on {}: another replica polls it", name);
                lastAnswer = holds;
            }
            return holds;
        }

        @Override
        public synchronized boolean isHeld() {
            return held != null && lastAnswer;
        }

        @Override
        public synchronized void release() {
            if (held == null) {
                return;
            }
            try {
                held.unlock();
                log.info("Released the lease on {}", name);
            } catch (RuntimeException e) {
                log.warn("Could not release the lease on {}; another replica takes it over once it runs out: {}",
                        name, e.toString());
            }
            held = null;
            lastAnswer = false;
        }

        @Override
        public synchronized void abandon() {
            held = null;
            lastAnswer = false;
        }
    }
}
