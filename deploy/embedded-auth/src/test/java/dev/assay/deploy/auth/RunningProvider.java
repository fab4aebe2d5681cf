package dev.assay.deploy.auth;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

/** The provider started in the test JVM on a free port, with its data under a test's directory. */
final class RunningProvider implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static RunningProvider start(Path dataDir) {
        return start(dataDir, freePort());
    }

    static RunningProvider start(Path dataDir, int port) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EmbeddedAuth.class)
                .run("--server.port=" + port, "--assay.auth.data-dir=" + dataDir);
        return new RunningProvider(context, port);
    }

    URI issuer() {
        return URI.create("http://localhost:" + port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        context.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
