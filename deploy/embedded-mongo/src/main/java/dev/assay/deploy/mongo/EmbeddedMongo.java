package dev.assay.deploy.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server whose data lives in one H2 file. Closing it (also from the shutdown hook on
 * SIGTERM) stops listening and closes the H2 store, so everything written survives a restart on the same file.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** Printed once the port accepts connections, for whoever watches the log. */
    public static final String READY_PREFIX = "embedded-mongo ready on ";

    private final MongoServer server;
    private final H2Backend backend;
    private final InetSocketAddress address;
    private final Path dataFile;
    private boolean closed;

    private EmbeddedMongo(MongoServer server, H2Backend backend, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.dataFile = dataFile;
    }

    public static void main(String[] args) {
        MongoSettings settings;
        try {
            settings = MongoSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-mongo: " + e.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedMongo mongo = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "embedded-mongo-shutdown"));
        System.out.println(READY_PREFIX + mongo.connectionString() + " (data " + mongo.dataFile() + ")");
        System.out.flush();
    }

    /** Opens (or creates) the data file and binds the port; the Netty threads keep the JVM alive. */
    public static EmbeddedMongo start(MongoSettings settings) {
        Path dataFile = settings.dataFile().toAbsolutePath().normalize();
        createParent(dataFile);
        H2Backend backend = new DurableH2Backend(dataFile.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(settings.host(), settings.port());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongo(server, backend, server.getLocalAddress(), dataFile);
    }

    public int port() {
        return address.getPort();
    }

    public Path dataFile() {
        return dataFile;
    }

    /** {@code mongodb://host:port} of the bound socket. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdownNow();
        if (!backend.getMvStore().isClosed()) {
            backend.close();
        }
        System.out.println("embedded-mongo stopped; data kept in " + dataFile);
        System.out.flush();
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
    }
}
