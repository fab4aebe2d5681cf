package dev.assay.deploy.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The readiness checks of the stack's parts: a TCP port, a Kafka metadata request, a Spring readiness probe, an
 * OpenID Connect discovery document.
 */
final class ReadinessProbes {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private ReadinessProbes() {
    }

    /** The port accepts a TCP connection. */
    static ReadinessProbe port(String host, int port) {
        return () -> accepts(host, port);
    }

    /**
     * A bootstrap server accepts connections and the cluster answers a metadata request with at least one broker:
     * a broker that listens but has not finished starting does not.
     */
    static ReadinessProbe kafka(String bootstrapServers) {
        return () -> anyAccepts(bootstrapServers) && describesABroker(bootstrapServers);
    }

    /** {@code GET url} answers 200 with {@code "status":"UP"}, as Spring Boot's readiness group does once ready. */
    static ReadinessProbe http(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        return () -> {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /**
     * The OpenID Connect discovery document of {@code issuer} answers 200 and names that issuer: what a service's
     * resource server fetches first.
     */
    static ReadinessProbe oidcDiscovery(String issuer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT).GET().build();
        Pattern namesIssuer = Pattern.compile("\"issuer\"\\s*:\\s*\"" + Pattern.quote(issuer) + "\"");
        return () -> {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && namesIssuer.matcher(response.body()).find();
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean anyAccepts(String bootstrapServers) {
        return Arrays.stream(bootstrapServers.split(",")).map(String::trim).filter(s -> s.lastIndexOf(':') > 0)
                .anyMatch(server -> {
                    int colon = server.lastIndexOf(':');
                    try {
                        return accepts(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                });
    }

    private static boolean describesABroker(String bootstrapServers) {
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "assay-local-stack-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000L,
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1000L);
        Admin admin = Admin.create(settings);
        try {
            return !admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
