package dev.assay.bench.intake;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodiesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void bodiesAreIntakeRequestsOfAboutTwoKilobytes() {
        List<byte[]> bodies = RequestBodies.make(120, 42, 1700);

        assertThat(RequestBodies.meanSize(bodies)).isBetween(1900.0, 2300.0);
        JsonNode first = json.readTree(bodies.get(0));
        assertThat(first.propertyNames()).containsExactly("submitter", "subject", "body", "themes", "resolutions");
        assertThat(first.get("submitter").get("type").asString()).isNotBlank();
        assertThat(first.get("body").asString()).isNotBlank();
    }

    @Test
    void aSubmitterWithoutCountrySendsNoCountryField() {
        List<byte[]> bodies = RequestBodies.make(200, 9, 100);

        for (byte[] body : bodies) {
            JsonNode submitter = json.readTree(body).get("submitter");
            assertThat(submitter.has("country")).isEqualTo(!submitter.get("type").asString().equals("intergovernmental"));
        }
    }
}
