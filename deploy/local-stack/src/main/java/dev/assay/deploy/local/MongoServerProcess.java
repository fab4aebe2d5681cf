package dev.assay.deploy.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The embedded MongoDB (mongo-java-server on an H2 file) as a child JVM listening on loopback only. */
final class MongoServerProcess {

    static final String NAME = "mongo";
    /** Closing the H2 store writes the last changes; it takes well under a second. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private MongoServerProcess() {
    }

    /**
     * The embedded server holds every document a query matches in its heap (it has no cursor over its store), so a
     * query over most of a large collection can exhaust it; it then exits, the launcher restarts it on the same file,
     * and clients see a short outage instead of a server that answers nothing until it is killed.
     */
    static PartCommand command(StackConfig config, DataDirectory data, RepositoryLayout layout) {
        List<String> command = List.of(JavaCommand.java(), "-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                layout.mongoJar().toString(),
                "--host=127.0.0.1", "--port=" + config.ports().mongo(), "--file=" + data.mongoFile());
        return new PartCommand(NAME, command, Map.of(), data.root(), data.log(NAME));
    }
}
