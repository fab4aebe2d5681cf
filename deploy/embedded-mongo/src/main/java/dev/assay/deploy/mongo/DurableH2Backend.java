package dev.assay.deploy.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend with every change committed to the file before the client hears that it was made. mongo-java-server's
 * H2 backend leaves committing to H2's background writer, about once a second, so a {@code kill -9} of the server lost
 * writes it had acknowledged (22 of the last 50 inserts in a measurement), and with them communications whose Kafka
 * offsets had already been committed. A commit writes the changed pages to the file, which survives the death of the
 * process (not of the machine: there is no fsync, as with MongoDB's default write concern between journal syncs).
 * Reads commit nothing.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                commit();
            }
        }
    }
}
