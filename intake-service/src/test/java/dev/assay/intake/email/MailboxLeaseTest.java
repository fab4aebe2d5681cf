package dev.assay.intake.email;

import dev.assay.contracts.fixtures.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lease of two replicas on one (embedded) MongoDB: exclusive while held, free when released or run out. */
class MailboxLeaseTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MailLeaseProperties SHORT = new MailLeaseProperties(true, Duration.ofSeconds(3),
            "mailbox-lease");

    private final String mailbox = "mailbox " + UUID.randomUUID();
    private final MailboxLease first = lease();
    private final MailboxLease second = lease();

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theFirstReplicaTakesTheLeaseAndKeepsItByRenewingWhileTheOtherWaits() {
        assertThat(first.acquireOrRenew()).isTrue();
        assertThat(second.acquireOrRenew()).isFalse();
        assertThat(first.acquireOrRenew()).isTrue();

        assertThat(first.isHeld()).isTrue();
        assertThat(second.isHeld()).isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        first.acquireOrRenew();

        first.release();

        assertThat(first.isHeld()).isFalse();
        assertThat(second.acquireOrRenew()).isTrue();
    }

    @Test
    void aLeaseItsHolderAbandonedIsTakenOnceItRunsOutAndNotBefore() {
        first.acquireOrRenew();
        long abandonedAt = System.nanoTime();

        first.abandon();

        assertThat(second.acquireOrRenew()).isFalse();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(second::acquireOrRenew);
        assertThat(Duration.ofNanos(System.nanoTime() - abandonedAt)).isGreaterThan(Duration.ofMillis(2_500));
        assertThat(first.isHeld()).isFalse();
    }

    @Test
    void leasesOfDifferentMailboxesAreIndependent() {
        MailboxLease otherMailbox = MailboxLease.inMongo(MONGO.factory().getMongoDatabase(), SHORT,
                "mailbox " + UUID.randomUUID());

        assertThat(first.acquireOrRenew()).isTrue();
        assertThat(otherMailbox.acquireOrRenew()).isTrue();
    }

    private MailboxLease lease() {
        return MailboxLease.inMongo(MONGO.factory().getMongoDatabase(), SHORT, mailbox);
    }
}
