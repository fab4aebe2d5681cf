package dev.assay.report;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReportServiceTest
class HealthProbesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private HealthEndpointGroups groups;

    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReport() {
        mongo.getCollectionNames().forEach(mongo::dropCollection);
    }

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void theServiceIsReadyOnlyWithMongoDb() throws Exception {
        assertThat(groups.get("readiness").isMember("mongo")).isTrue();

        mvc.perform(get("/readyz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theServiceStaysReadyOnceTheReportDatabaseHoldsData() throws Exception {
        mongo.getCollection("counters").insertOne(new Document("_id", "total").append("count", 0));

        mvc.perform(get("/readyz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theMainPortServesTheProbesWithoutATokenAndNoOtherActuatorEndpoint() {
        RestClient main = RestClient.create("http://localhost:" + port);

        assertThat(statusOf(main, "/livez")).isEqualTo(200);
        assertThat(statusOf(main, "/readyz")).isEqualTo(200);
        // not public there: the analyst rule answers before anything could be found
        assertThat(statusOf(main, "/actuator/prometheus")).isEqualTo(401);
        assertThat(statusOf(main, "/actuator/metrics")).isEqualTo(401);
    }

    @Test
    void theManagementPortServesHealthAndMetricsWithoutAToken() {
        assertThat(managementPort).isNotEqualTo(port);
        RestClient management = RestClient.create("http://localhost:" + managementPort);

        assertThat(statusOf(management, "/actuator/health/liveness")).isEqualTo(200);
        assertThat(statusOf(management, "/actuator/health/readiness")).isEqualTo(200);
        assertThat(management.get().uri("/actuator/prometheus").retrieve().body(String.class))
                .contains("assay_report_projections_total");
        assertThat(statusOf(management, "/actuator/metrics")).isEqualTo(200);
    }

    private static int statusOf(RestClient client, String path) {
        return client.get().uri(path).exchange((request, response) -> response.getStatusCode().value());
    }
}
