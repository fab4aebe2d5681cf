package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceInstanceTest {

    @Test
    void theFirstInstanceKeepsTheServicesNameAndPortAndEachFurtherOneIsNumberedAHundredPortsHigher() {
        List<ServiceInstance> report = new Instances(1, 1, 3).all().stream()
                .filter(i -> i.service() == Service.REPORT).toList();

        assertThat(report).extracting(ServiceInstance::name)
                .containsExactly("report-service", "report-service-2", "report-service-3");
        assertThat(report).extracting(i -> i.port(Ports.DEFAULTS)).containsExactly(8083, 8183, 8283);
        assertThat(report).extracting(i -> i.managementPort(Ports.DEFAULTS)).containsExactly(9083, 9183, 9283);
        assertThat(report).extracting(ServiceInstance::portOption).containsExactly("--report-port, ASSAY_REPORT_PORT",
                "--report-port + 100, ASSAY_REPORT_PORT", "--report-port + 200, ASSAY_REPORT_PORT");
    }

    @Test
    void instancesAreListedServiceByServiceInStartOrder() {
        assertThat(new Instances(2, 1, 2).all()).extracting(ServiceInstance::name).containsExactly("intake-service",
                "intake-service-2", "classification-service", "report-service", "report-service-2");
        assertThat(Instances.ONE_EACH.with(Service.CLASSIFICATION, 2)).isEqualTo(new Instances(1, 2, 1));
    }

    @Test
    void everyServiceRunsAtLeastOnce() {
        assertThatThrownBy(() -> new Instances(1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every service needs at least one instance, was 0");
    }

    @Test
    void anInfraOnlyStackRunsNoServiceInstance() {
        StackConfig config = StackConfig.defaults(Path.of("/repo")).withInstances(Service.REPORT, 2);

        assertThat(config.serviceInstances()).hasSize(4);
        assertThat(config.withScope(Scope.INFRA).serviceInstances()).isEmpty();
    }
}
