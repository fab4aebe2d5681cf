package dev.assay.report;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

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

    @Test
    void theServiceIsReadyOnlyWithMongoDb() throws Exception {
        assertThat(groups.get("readiness").isMember("mongo")).isTrue();

        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theServiceStaysReadyOnceTheReportDatabaseHoldsData() throws Exception {
        mongo.getCollection("counters").insertOne(new Document("_id", "total").append("count", 0));

        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void livenessAndPrometheusAreExposed() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }
}
