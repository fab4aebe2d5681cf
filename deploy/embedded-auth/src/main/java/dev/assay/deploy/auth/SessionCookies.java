package dev.assay.deploy.auth;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The cookies of one login conversation with one provider, sent back to the host that set them. The JDK's
 * {@code CookieManager} cannot be used: it files a cookie from a host without a dot under {@code <host>.local} and
 * then never sends it back to {@code localhost}, which loses the provider's session between the authorization
 * request and the login.
 */
final class SessionCookies extends CookieHandler {

    private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = byHost.getOrDefault(key(uri), Map.of());
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.stream().flatMap(value -> HttpCookie.parse(value).stream()).forEach(cookie -> {
                    Map<String, String> jar = byHost.computeIfAbsent(key(uri), host -> new ConcurrentHashMap<>());
                    if (cookie.getMaxAge() == 0) {
                        jar.remove(cookie.getName());
                    } else {
                        jar.put(cookie.getName(), cookie.getValue());
                    }
                });
            }
        });
    }

    private static String key(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
