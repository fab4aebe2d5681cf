package dev.assay.deploy.local;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline seen from outside: communications go in over intake's API, come out counted in report-service's
 * summary, and stay counted exactly once when every classified record is delivered a second time. Subclasses say
 * where Kafka and MongoDB come from; the services always run as their own processes from their jars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EndToEndScenario {

    static final int COMMUNICATIONS_END_TO_END = 200;
    static final String REPORT_CONSUMER_GROUP = "report-service";
    private static final int CONCURRENT_CLIENTS = 8;

    private RunningStack stack;
    private AssayApi api;

    /** The stack to test, with its data in {@code dataDir}. */
    protected abstract StackConfig stackConfig(Path dataDir);

    /** The running stack, from the start of the class on, for the scenarios a subclass adds. */
    protected RunningStack stack() {
        return stack;
    }

    protected AssayApi api() {
        return api;
    }

    @BeforeAll
    void startStack(@TempDir Path dataDir) {
        stack = LocalStack.start(stackConfig(dataDir));
        api = new AssayApi(stack);
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyCommunicationSubmittedIsCountedOnceByThemeSubmitterTypeAndRegion() throws Exception {
        List<Submission> submissions = Submissions.generate(COMMUNICATIONS_END_TO_END);

        List<String> ids = submitConcurrently(submissions);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.summaryCounts().total() == COMMUNICATIONS_END_TO_END);
        List<Classification> classifications = ids.stream()
                .map(id -> api.communication(id).orElseThrow(() -> new AssertionError("report-service lacks " + id)))
                .map(AssayApi.Communication::classification).toList();
        AssayApi.SummaryCounts expected = ExpectedSummary.of(submissions, classifications);
        AssayApi.SummaryCounts summary = api.summaryCounts();

        assertThat(summary.total()).isEqualTo(COMMUNICATIONS_END_TO_END);
        assertThat(summary.bySubmitterType()).isEqualTo(expected.bySubmitterType());
        assertThat(summary.byUnRegionalGroup()).isEqualTo(expected.byUnRegionalGroup());
        assertThat(summary.byM49Region()).isEqualTo(expected.byM49Region());
        assertThat(summary.byTheme()).isEqualTo(expected.byTheme());
        assertThat(summary.byLanguage()).isEqualTo(expected.byLanguage());
        assertThat(summary.withoutCountry()).isEqualTo(expected.withoutCountry());
        assertThat(summary.outOfScope()).isEqualTo(expected.outOfScope());
        // the generated texts speak to every theme in several languages: a pipeline that tags nothing must not pass
        assertThat(summary.byTheme()).containsOnlyKeys(Theme.ids()).allSatisfy((theme, count) -> assertThat(count).isPositive());
        assertThat(summary.byLanguage()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(summary.bySubmitterType()).hasSize(5);
    }

    @Test
    @Order(2)
    void deliveringEveryClassifiedRecordAgainLeavesTheSummaryExactlyAsItWas() throws Exception {
        ObjectNode before = api.summaryWithoutTimestamp();
        assertThat(before.path("total").asLong()).isEqualTo(COMMUNICATIONS_END_TO_END);
        ClassifiedTopic topic = new ClassifiedTopic(stack.kafkaBootstrapServers());

        int republished = topic.republishAll();

        assertThat(republished).isGreaterThanOrEqualTo(COMMUNICATIONS_END_TO_END);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> topic.consumedEverything(REPORT_CONSUMER_GROUP));
        assertThat(api.summaryWithoutTimestamp()).isEqualTo(before);
    }

    private List<String> submitConcurrently(List<Submission> submissions) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        try {
            List<Future<String>> ids = clients.invokeAll(submissions.stream()
                    .map(s -> (Callable<String>) () -> api.submit(s)).toList());
            return ids.stream().map(EndToEndScenario::join).toList();
        } finally {
            clients.shutdownNow();
        }
    }

    private static String join(Future<String> id) {
        try {
            return id.get();
        } catch (Exception e) {
            throw new AssertionError("a submission failed", e);
        }
    }
}
