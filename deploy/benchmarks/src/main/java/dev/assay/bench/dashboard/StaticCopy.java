package dev.assay.bench.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: dashboard pages saved once from report-service, with the scripts, style sheets and images they load
 * from it, served as static files by the JDK's HTTP server on another port, under the same paths. A browser navigating
 * here does everything it does for report-service's page except wait for report-service: the difference between the
 * two is the server's work.
 */
final class StaticCopy implements AutoCloseable {

    /** Same-origin references of a page: {@code src="/..."} and {@code href="/..."} (not {@code //host}). */
    private static final Pattern LOCAL = Pattern.compile("(?:src|href)=\"(/(?!/)[^\"#]*)\"");

    private record Resource(String contentType, byte[] body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String origin;
    private final Map<String, Resource> files = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    /** @param origin report-service's {@code http://host:port} */
    StaticCopy(String origin, int port) throws IOException {
        this.origin = origin;
        // as Tomcat does: without it, small responses can wait for the client's delayed acknowledgement
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** Saves the page at {@code pathAndQuery} and every local asset it references (not its links to other pages). */
    void save(String pathAndQuery) throws IOException, InterruptedException {
        Resource page = fetch(pathAndQuery, "text/html");
        files.put(pathAndQuery, page);
        for (String asset : assets(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            if (!files.containsKey(asset)) {
                files.put(asset, fetch(asset, "*/*"));
            }
        }
    }

    /** The local scripts, style sheets, icons and images a page loads (links to pages are left out). */
    static List<String> assets(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = LOCAL.matcher(html.replace("&amp;", "&"));
        while (matcher.find()) {
            String path = matcher.group(1);
            if (path.matches(".*\\.(js|css|svg|png|ico|woff2?|ttf)(\\?.*)?$")) {
                found.add(path);
            }
        }
        return List.copyOf(found);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private Resource fetch(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(origin + pathAndQuery))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode());
        }
        return new Resource(response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                response.body());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String key = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            Resource file = files.get(key);
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", file.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, file.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
