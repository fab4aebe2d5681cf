package dev.assay.classification.ops;

import dev.assay.classification.ServiceTest;
import dev.assay.classification.stream.ClassifiedEvents;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an orchestrator and a metrics scraper see. */
class OperationsEndpointsTest extends ServiceTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ClassifiedEvents classified;

    @Test
    void livenessAndReadinessProbesAreUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusCountsClassificationsByLanguageAndScope() throws Exception {
        classified.classify(GoldenEvents.received());

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "assay_classification_classified_total{application=\"classification-service\",language=\"fr\",scope=\"in\"}")));
    }
}
