package dev.assay.report.web;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A report that MongoDB does not deliver in time is a 503 to retry later, not an unexplained 500. */
class ReportProblemHandlerTest {

    @RestController
    static class SlowStore {

        @GetMapping("/scan")
        String scan() {
            throw new MongoSocketReadTimeoutException("Timeout while receiving message", new ServerAddress(),
                    new java.net.SocketTimeoutException("Read timed out"));
        }

        @GetMapping("/unreachable")
        String unreachable() {
            throw new MongoTimeoutException("Timed out while waiting for a server");
        }

        @GetMapping("/everything")
        String everything() {
            throw new ReadRefusedException("The list would read each of the 3 communications stored …");
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("a bug with details nobody outside should read");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SlowStore())
            .setControllerAdvice(new ReportProblemHandler()).build();

    @Test
    void aQueryMongoDbDidNotAnswerInTimeIsAServiceUnavailableProblemWithRetryAfter() throws Exception {
        for (String path : new String[]{"/scan", "/unreachable"}) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                            "The report database did not answer in time.")));
        }
    }

    @Test
    void aReadTheStoreCannotServeAtItsSizeIsAServiceUnavailableProblemThatSaysWhy() throws Exception {
        mvc.perform(get("/everything"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(jsonPath("$.title").value("Not available on this store"))
                .andExpect(jsonPath("$.detail").value("The list would read each of the 3 communications stored …"));
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutItsDetails() throws Exception {
        mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("The report could not be produced. Try again later."));
    }
}
