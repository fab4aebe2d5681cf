package dev.assay.deploy.mongo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the embedded MongoDB listens and stores its data. Command-line flags win over environment variables,
 * which win over the defaults (127.0.0.1, 27017, {@code .data/mongo/assay.mv.db}).
 *
 * @param host     address to bind; loopback by default so the unauthenticated server is not exposed
 * @param port     TCP port; 0 picks a free one
 * @param dataFile the H2 MVStore file holding every database
 */
public record MongoSettings(String host, int port, Path dataFile) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 27017;
    public static final Path DEFAULT_DATA_FILE = Path.of(".data", "mongo", "assay.mv.db");

    public MongoSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataFile, "dataFile");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    /**
     * Reads {@code --host=}, {@code --port=} and {@code --file=} flags, falling back to the environment variables
     * {@code ASSAY_MONGO_HOST}, {@code ASSAY_MONGO_PORT} and {@code ASSAY_MONGO_FILE}.
     *
     * @throws IllegalArgumentException for an unknown flag or a port that is not a number
     */
    public static MongoSettings from(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("ASSAY_MONGO_HOST", DEFAULT_HOST);
        String port = env.getOrDefault("ASSAY_MONGO_PORT", String.valueOf(DEFAULT_PORT));
        String file = env.getOrDefault("ASSAY_MONGO_FILE", DEFAULT_DATA_FILE.toString());
        for (String arg : args) {
            if (arg.startsWith("--host=")) {
                host = value(arg);
            } else if (arg.startsWith("--port=")) {
                port = value(arg);
            } else if (arg.startsWith("--file=")) {
                file = value(arg);
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "'; accepted: --host=<address> --port=<port> --file=<path to .mv.db file>");
            }
        }
        return new MongoSettings(host, parsePort(port), Path.of(file));
    }

    private static String value(String flag) {
        return flag.substring(flag.indexOf('=') + 1);
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + port + "'", e);
        }
    }
}
