package dev.assay.intake.mongo;

import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;

import java.util.List;

/**
 * Whether MongoDB is known to be unreachable, as the driver's own server monitoring sees it: no server can take writes
 * and the last check of every server failed. While it is, intake's requests fail at once
 * ({@link FailFastMongoDatabaseFactory}) instead of each holding a request thread for the server-selection timeout.
 * <p>
 * Why it matters: with MongoDB down, every request with Idempotency-Key waited 3 s for a server; at 200 requests a
 * second that exhausted the request threads, later requests queued behind them, and a client that gave up after its
 * own timeout and sent its request again (without key) found the first one still queued: both were accepted. Failing
 * at once keeps the queue empty, so every answer comes while its client still waits for it.
 * <p>
 * Before the first check (start-up) and while servers are merely being discovered, nothing is known to be wrong and
 * requests wait for a server as before.
 */
public final class MongoReachability implements ClusterListener {

    private volatile boolean unreachable;
    private volatile String reason = "";

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        ClusterDescription cluster = event.getNewDescription();
        List<ServerDescription> servers = cluster.getServerDescriptions();
        boolean allFailed = !servers.isEmpty() && servers.stream().allMatch(server -> server.getException() != null);
        if (!cluster.hasWritableServer() && (allFailed || cluster.getSrvResolutionException() != null)) {
            Throwable cause = cluster.getSrvResolutionException() != null ? cluster.getSrvResolutionException()
                    : servers.get(0).getException();
            reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            unreachable = true;
        } else {
            unreachable = false;
        }
    }

    public boolean unreachable() {
        return unreachable;
    }

    /** @throws MongoUnreachableException while MongoDB is known to be unreachable */
    void require() {
        if (unreachable) {
            throw new MongoUnreachableException("MongoDB is unreachable (" + reason + ")");
        }
    }
}
