package dev.assay.deploy.auth;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Path;

import static org.awaitility.Awaitility.await;

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
        RunningProvider provider = new RunningProvider(context, port);
        provider.awaitDiscovery();
        return provider;
    }

    /**
     * Ready as the local stack sees it: the discovery document answers. The first request loads much of Spring
     * Security and can take longer than a client's timeout on a busy machine.
     */
    private void awaitDiscovery() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(60)).build();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
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
