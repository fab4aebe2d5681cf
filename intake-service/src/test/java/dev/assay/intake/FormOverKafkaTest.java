package dev.assay.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's round trip over real HTTP: the form, its CSRF cookie and token, the redirect, the topic. */
@IntakeOverKafka
class FormOverKafkaTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private ReceivedTopic topic;

    @BeforeEach
    void connect() {
        topic = new ReceivedTopic(broker);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    @Test
    void aFormSentFromTheBrowserIsPublishedAsAWebFormCommunicationAndConfirmed() throws Exception {
        Document form = Jsoup.parse(get("/submit?lang=es").body());
        String token = form.select("input[name=_csrf]").attr("value");
        MultipartBody body = new MultipartBody()
                .part("_csrf", null, null, utf8(token))
                .part("submitterType", null, null, utf8("stakeholder"))
                .part("organisation", null, null, utf8("Red de Comunidades Mineras"))
                .part("subject", null, null, utf8("Relaves y comunidades"))
                .part("text", null, null, utf8("Proponemos buenas prácticas para los relaves."))
                .part("themes", null, null, utf8("best-practices"))
                .part("website", null, null, utf8(""))
                .part("attachments", "", "application/octet-stream", new byte[0]);

        HttpResponse<String> posted = browser.send(request("/submit").header("Content-Type", body.contentType())
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        Document confirmation = Jsoup.parse(get(URI.create(location).getRawPath() + "?"
                + URI.create(location).getRawQuery()).body());
        assertThat(confirmation.select("html").attr("lang")).isEqualTo("es");
        assertThat(confirmation.select("h1").text()).isEqualTo("Comunicación recibida");
        String id = confirmation.select("#tracking-number").text();
        JsonNode event = json.readTree(topic.keyed(id).get(0).value());
        assertThat(event.get("channel").asString()).isEqualTo("web-form");
        assertThat(event.get("submitter").toString())
                .isEqualTo("{\"type\":\"stakeholder\",\"country\":null,\"organisation\":\"Red de Comunidades Mineras\","
                        + "\"name\":null,\"email\":null,\"verification\":\"declared\"}");
        assertThat(event.get("attachments").size()).isZero();
    }

    @Test
    void theMachineApiIsStatelessAndGetsItsOwnSecurityHeaders() throws Exception {
        HttpResponse<String> response = new IntakeHttpClient(port).postCommunication("""
                {"submitter":{"type":"stakeholder"},"subject":"Tailings","body":"Text"}""");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aFormPostWithoutTheTokenIsForbidden() throws Exception {
        MultipartBody body = new MultipartBody().part("subject", null, null, utf8("Tailings"));

        HttpResponse<String> posted = HttpClient.newHttpClient().send(request("/submit")
                .header("Content-Type", body.contentType()).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(posted.body()).select("h1").text()).isEqualTo("The form has expired");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
