package dev.assay.report.issuer;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.assay.contracts.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An OpenID Connect provider for tests, on a loopback port chosen up front so that a service can be configured with it
 * before it starts (the issuer down) and then see it come up. It serves discovery, an authorization endpoint that signs
 * in {@link #signsIn the configured person} at once (no form) for the client {@value #CLIENT_ID} with a S256 PKCE
 * challenge, the code exchange (the verifier, redirect URI and client checked), and its public key. Anything it does
 * not accept gets a 400 that says why, so a test that goes wrong shows the reason.
 */
public final class FakeIssuer implements AutoCloseable {

    public static final String CLIENT_ID = "assay-dashboard";
    /** Signed in until a test says otherwise: the analyst {@code ana}. */
    public static final Person ANA = Person.named("ana", Role.ANALYST);

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom random = new SecureRandom();

    private final int port;
    private final IdTokens idTokens = new IdTokens();
    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
    private final AtomicInteger exchanged = new AtomicInteger();
    private volatile Person person = ANA;
    private HttpServer server;

    private FakeIssuer(int port) {
        this.port = port;
    }

    public static FakeIssuer onFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new FakeIssuer(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Who the next authorization request signs in. */
    public void signsIn(Person next) {
        person = next;
    }

    /** How many codes were exchanged for tokens: sign-ins that went all the way through this issuer. */
    public int codesExchanged() {
        return exchanged.get();
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/.well-known/openid-configuration", answering(this::discovery));
        server.createContext("/oauth2/authorize", answering(this::authorize));
        server.createContext("/oauth2/token", answering(this::token));
        server.createContext("/oauth2/jwks", answering(exchange -> send(exchange, 200, "application/json",
                idTokens.publicKeys())));
        server.start();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = uri().toString();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/oauth2/authorize");
        document.put("token_endpoint", issuer + "/oauth2/token");
        document.put("jwks_uri", issuer + "/oauth2/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "profile"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(document));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        String refused = refusal(request);
        if (refused != null) {
            send(exchange, 400, "text/plain; charset=utf-8", refused);
            return;
        }
        String code = randomToken();
        codes.put(code, new Authorization(person, request.get("client_id"), request.get("redirect_uri"),
                request.get("code_challenge"), request.get("nonce")));
        String back = request.get("redirect_uri") + "?code=" + code
                + (request.containsKey("state") ? "&state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8) : "");
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String refusal(Map<String, String> request) {
        if (!CLIENT_ID.equals(request.get("client_id"))) {
            return "unknown client_id " + request.get("client_id");
        }
        if (!"code".equals(request.get("response_type"))) {
            return "response_type must be code, not " + request.get("response_type");
        }
        if (!"S256".equals(request.get("code_challenge_method"))
                || !CHALLENGE.matcher(request.getOrDefault("code_challenge", "")).matches()) {
            return "a S256 code_challenge is required";
        }
        if (!request.getOrDefault("scope", "").contains("openid")) {
            return "the scope must include openid";
        }
        if (request.get("redirect_uri") == null) {
            return "redirect_uri is missing";
        }
        return null;
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Authorization authorization = request.get("code") == null ? null : codes.remove(request.get("code"));
        String refused = authorization == null ? "unknown or used code"
                : !"authorization_code".equals(request.get("grant_type")) ? "grant_type must be authorization_code"
                : !authorization.clientId().equals(request.get("client_id")) ? "the code was issued to another client"
                : !authorization.redirectUri().equals(request.get("redirect_uri")) ? "redirect_uri differs"
                : !authorization.verifiedBy(request.get("code_verifier")) ? "code_verifier does not match the challenge"
                : null;
        if (refused != null) {
            send(exchange, 400, "application/json", JSONObjectUtils.toJSONString(
                    Map.of("error", "invalid_grant", "error_description", refused)));
            return;
        }
        exchanged.incrementAndGet();
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", randomToken());
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", 300);
        tokens.put("id_token", idTokens.sign(uri(), authorization.clientId(), authorization.person(),
                authorization.nonce()));
        tokens.put("scope", "openid profile");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(tokens));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A handler whose failure is a 500 with the reason, not a connection closed without an answer. */
    private static HttpHandler answering(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                send(exchange, 500, "text/plain; charset=utf-8", String.valueOf(e));
            }
        };
    }
}
