package dev.assay.intake.publishing;

import dev.assay.contracts.topics.TopicSetup;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaHealthIndicatorTest {

    private KafkaHealthIndicator indicator;

    @AfterEach
    void close() {
        indicator.destroy();
    }

    @Test
    void kafkaThatDoesNotAnswerWithinTheTimeoutIsDown() throws IOException {
        indicator = indicatorFor(Duration.ofMinutes(1));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error");
    }

    @Test
    void anAnswerIsReusedWhileItIsFresh() throws IOException {
        indicator = indicatorFor(Duration.ofMinutes(1));

        Health first = indicator.health();
        Health second = indicator.health();

        assertThat(second).isSameAs(first);
    }

    @Test
    void withoutCachingEveryCallAsksKafkaAgain() throws IOException {
        indicator = indicatorFor(Duration.ZERO);

        Health first = indicator.health();
        Health second = indicator.health();

        assertThat(second).isNotSameAs(first);
        assertThat(second.getStatus()).isEqualTo(Status.DOWN);
    }

    private static KafkaHealthIndicator indicatorFor(Duration cacheFor) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        return new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort),
                Topics.COMMUNICATIONS_RECEIVED, new TopicSetup.Layout(1, (short) 1),
                new IntakeProperties.KafkaHealth(Duration.ofMillis(300), cacheFor));
    }
}
