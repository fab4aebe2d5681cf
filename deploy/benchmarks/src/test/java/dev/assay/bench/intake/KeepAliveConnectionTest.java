package dev.assay.bench.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class KeepAliveConnectionTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Set<InetSocketAddress> clientEnds = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 202, false, false));
        server.createContext("/chunked", exchange -> answer(exchange, 202, true, false));
        server.createContext("/closing", exchange -> answer(exchange, 202, false, true));
        server.createContext("/refused", exchange -> answer(exchange, 503, false, false));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheBodyAsJsonAndReusesTheConnectionForFixedLengthAnswers() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri("/fixed"), Duration.ofSeconds(5))) {
            assertThat(connection.post(json("first"))).isEqualTo(202);
            assertThat(connection.post(json("second"))).isEqualTo(202);
            assertThat(connection.post(json("third"))).isEqualTo(202);
        }

        assertThat(received).containsExactly("application/json {\"n\":\"first\"}", "application/json {\"n\":\"second\"}",
                "application/json {\"n\":\"third\"}");
        assertThat(clientEnds).hasSize(1);
    }

    @Test
    void readsChunkedAnswersToTheEndSoTheNextRequestStartsCleanly() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri("/chunked"), Duration.ofSeconds(5))) {
            assertThat(connection.post(json("a"))).isEqualTo(202);
            assertThat(connection.post(json("b"))).isEqualTo(202);
        }

        assertThat(received).hasSize(2);
        assertThat(clientEnds).hasSize(1);
    }

    @Test
    void opensANewConnectionAfterTheServerSaidClose() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri("/closing"), Duration.ofSeconds(5))) {
            assertThat(connection.post(json("a"))).isEqualTo(202);
            assertThat(connection.post(json("b"))).isEqualTo(202);
        }

        assertThat(received).hasSize(2);
        assertThat(clientEnds).hasSize(2);
    }

    @Test
    void returnsAnErrorStatusAsItCame() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri("/refused"), Duration.ofSeconds(5))) {
            assertThat(connection.post(json("a"))).isEqualTo(503);
        }
    }

    private void answer(HttpExchange exchange, int status, boolean chunked, boolean close) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + new String(body, StandardCharsets.UTF_8));
        clientEnds.add(exchange.getRemoteAddress());
        if (close) {
            exchange.getResponseHeaders().add("Connection", "close");
        }
        byte[] answer = "{\"id\":\"0f0e\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] json(String n) {
        return ("{\"n\":\"" + n + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
