package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortGuardTest {

    private final StackConfig defaults = StackConfig.defaults(Path.of("/repo"));

    @Test
    void aPortSomeoneListensOnIsNotFreeEvenOnLoopbackOnly() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(PortGuard.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortNobodyListensOnIsFree() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(0));
            port = probe.getLocalPort();
        }
        assertThat(PortGuard.isFree(port)).isTrue();
    }

    @Test
    void theWholeStackNeedsTwelvePortsAndAnExternalKafkaOrMongoNeedsNone() {
        assertThat(PortGuard.needed(defaults).values())
                .containsExactly(9092, 9093, 27017, 3025, 3143, 9000, 8081, 9081, 8082, 9082, 8083, 9083);
        assertThat(PortGuard.needed(defaults.withExternalKafka("k:9092").withExternalMongo("mongodb://m/assay"))
                .values()).containsExactly(3025, 3143, 9000, 8081, 9081, 8082, 9082, 8083, 9083);
        assertThat(PortGuard.needed(defaults.withScope(Scope.INFRA)).values())
                .containsExactly(9092, 9093, 27017, 3025, 3143, 9000);
    }

    @Test
    void furtherServiceInstancesNeedTheirOwnPortsAHundredAboveTheFirst() {
        assertThat(PortGuard.needed(defaults.withInstances(Service.REPORT, 2).withInstances(Service.INTAKE, 2)))
                .containsEntry("intake-service (--intake-port, ASSAY_INTAKE_PORT)", 8081)
                .containsEntry("intake-service-2 (--intake-port + 100, ASSAY_INTAKE_PORT)", 8181)
                .containsEntry("report-service (--report-port, ASSAY_REPORT_PORT)", 8083)
                .containsEntry("report-service-2 (--report-port + 100, ASSAY_REPORT_PORT)", 8183)
                .containsEntry("report-service-2 management (--report-management-port + 100,"
                        + " ASSAY_REPORT_MANAGEMENT_PORT)", 9183)
                .hasSize(16);
    }

    @Test
    void aTakenPortIsReportedWithTheOptionThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            StackConfig config = defaults.withScope(Scope.INFRA)
                    .withPorts(new Ports(1081, 1082, 1083, 1092, 1093, port, 1025, 1143))
                    .withExternalKafka("k:9092");

            assertThatThrownBy(() -> PortGuard.requireFree(config))
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("ports already in use")
                    .hasMessageContaining("port " + port + " for mongo (--mongo-port, ASSAY_MONGO_PORT)");
        }
    }
}
