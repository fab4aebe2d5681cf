package dev.assay.deploy.auth;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets access tokens from an OpenID Connect provider the way a real client does, with nothing but the JDK's HTTP
 * client: a client-credentials request for a machine client, and for a person the authorization code flow with PKCE
 * through the provider's login form (authorize, log in with the form's CSRF token, follow the redirect to the code,
 * exchange it). The endpoints come from the provider's discovery document. Used by {@code deploy/token} and by the
 * local stack's end-to-end tests.
 */
public final class TokenClient {

    // generous: the first requests to a provider that just started load much of Spring Security, slow on a busy machine
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private final URI issuer;

    public TokenClient(URI issuer) {
        String text = issuer.toString();
        this.issuer = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The token of a demo account, whichever kind it is. */
    public String tokenFor(String account, DemoCredentials credentials) {
        if (DemoAccounts.isPartner(account)) {
            return clientCredentials(account, credentials.secretOf(account));
        }
        if (DemoAccounts.isUser(account)) {
            return authorizationCode(DemoAccounts.CLI_CLIENT, DemoAccounts.CLI_REDIRECT_URI, account,
                    credentials.secretOf(account));
        }
        throw new IllegalArgumentException("no demo account called '" + account + "'; there are " + DemoAccounts.ALL);
    }

    /** A client-credentials grant, the client authenticating with HTTP Basic. */
    public String clientCredentials(String clientId, String secret) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String basic = Base64.getEncoder().encodeToString(
                (form(clientId) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = post(endpoint(http, "token_endpoint"), Map.of("grant_type", "client_credentials"))
                .header("Authorization", "Basic " + basic).build();
        return accessToken(send(http, request), "client credentials for " + clientId);
    }

    /**
     * The authorization code flow with PKCE for a public client, logging in on the provider's form. The code is
     * read from the redirect's Location header: nothing needs to listen at {@code redirectUri}.
     */
    public String authorizationCode(String clientId, String redirectUri, String username, String password) {
        return signIn(clientId, redirectUri, "openid", username, password).accessToken();
    }

    /** What a code exchange answers: the access token for the APIs, the ID token that says who signed in. */
    public record SignedIn(String accessToken, String idToken) {
    }

    /**
     * {@link #authorizationCode} with the scopes a client asks for (space-separated, {@code openid} among them),
     * answering the ID token too: what a web application such as the dashboard does.
     */
    public SignedIn signIn(String clientId, String redirectUri, String scope, String username, String password) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new SessionCookies()).build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("scope", scope);
        parameters.put("state", state);
        parameters.put("code_challenge", challenge(verifier));
        parameters.put("code_challenge_method", "S256");
        URI authorize = URI.create(endpoint(http, "authorization_endpoint") + "?" + encode(parameters));

        // 1. not logged in yet: the provider keeps the request in the session and sends us to its login form
        URI login = redirect(send(http, get(authorize)), "the authorization request");
        HttpResponse<String> page = send(http, get(login));
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields(page.body()));
        fields.put("username", username);
        fields.put("password", password);
        // 2. log in; the provider sends us back to the saved authorization request
        HttpResponse<String> loggedIn = send(http, post(login, fields).build());
        URI resumed = redirect(loggedIn, "the login as " + username);
        if (resumed.getQuery() != null && resumed.getQuery().contains("error")) {
            throw new TokenException("the provider refused the login as " + username + " (wrong password?)");
        }
        // 3. logged in: the provider redirects to the client with the code
        URI callback = redirect(send(http, get(resumed)), "the authorization after login");
        Map<String, String> answer = query(callback);
        if (answer.containsKey("error")) {
            throw new TokenException("the authorization was refused: " + answer.get("error") + " "
                    + answer.getOrDefault("error_description", ""));
        }
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new TokenException("the redirect after login carried no code for this request: " + callback);
        }
        // 4. exchange the code, proving with the verifier that we started the flow
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", answer.get("code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("client_id", clientId);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> tokens = send(http, post(endpoint(http, "token_endpoint"), exchange).build());
        String what = "the code exchange for " + username;
        return new SignedIn(accessToken(tokens, what), textField(tokens, "id_token", what));
    }

    private URI endpoint(HttpClient http, String name) {
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        HttpResponse<String> response = send(http, getJson(discovery));
        if (response.statusCode() != 200) {
            throw new TokenException(discovery + " answered " + response.statusCode());
        }
        JsonNode value = JSON.readTree(response.body()).get(name);
        if (value == null || !value.isString()) {
            throw new TokenException(discovery + " names no " + name);
        }
        return URI.create(value.asString());
    }

    private static String accessToken(HttpResponse<String> response, String what) {
        return textField(response, "access_token", what);
    }

    private static String textField(HttpResponse<String> response, String name, String what) {
        if (response.statusCode() != 200) {
            // the body is the provider's error object (error, error_description): no secret in it
            throw new TokenException(what + " failed with " + response.statusCode() + ": " + response.body());
        }
        JsonNode token = JSON.readTree(response.body()).get(name);
        if (token == null || !token.isString()) {
            throw new TokenException(what + ": the token response holds no " + name);
        }
        return token.asString();
    }

    private static URI redirect(HttpResponse<String> response, String what) {
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
            throw new TokenException(what + " (" + response.request().method() + " " + response.uri().getPath()
                    + ") answered " + response.statusCode() + " instead of a redirect");
        }
        return response.uri().resolve(location.get());
    }

    /** Every hidden input of the login form, the CSRF token among them, whatever the order of its attributes. */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
            }
            if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(unescape(attributes.get("name")), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * Asks for HTML as a browser does: Spring Security keeps the authorization request for after the login only for
     * requests that do not accept JSON.
     */
    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest getJson(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
    }

    private static HttpRequest.Builder post(URI uri, Map<String, String> fields) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenException("cannot reach the identity provider at " + request.uri().getHost() + ":"
                    + request.uri().getPort() + " (" + e + "); is the stack running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("interrupted", e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> form(e.getKey()) + "=" + form(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The provider refused or could not be reached; the message says which, never with a secret in it. */
    public static final class TokenException extends RuntimeException {
        TokenException(String message) {
            super(message);
        }

        TokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
