package dev.assay.report.security;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An OpenID Connect issuer that serves only its discovery document, on a loopback port chosen up front so that a
 * service can be configured with it before it is started (the issuer down) and then see it come up.
 */
final class FakeIssuer implements AutoCloseable {

    private final int port;
    private HttpServer server;

    private FakeIssuer(int port) {
        this.port = port;
    }

    static FakeIssuer onFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new FakeIssuer(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = discoveryDocument().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private String discoveryDocument() {
        String issuer = uri().toString();
        return """
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/oauth2/authorize",
                 "token_endpoint": "%1$s/oauth2/token",
                 "jwks_uri": "%1$s/oauth2/jwks",
                 "userinfo_endpoint": "%1$s/userinfo",
                 "response_types_supported": ["code"],
                 "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "scopes_supported": ["openid", "profile"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic", "none"],
                 "code_challenge_methods_supported": ["S256"]}
                """.formatted(issuer);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
