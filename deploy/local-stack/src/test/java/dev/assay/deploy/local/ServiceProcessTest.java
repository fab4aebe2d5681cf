package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String ID_SECRET = "c2VjcmV0LW9mLXRoZS1lLW1haWwtaWRzLTMyLWJ5dGVzIQ==";
    private static final ServiceProcess.Secrets SECRETS = new ServiceProcess.Secrets(SECRET, ID_SECRET);

    private final StackConfig config = StackConfig.defaults(Path.of("/repo"))
            .withPorts(new Ports(18081, 18082, 18083, 19092, 19093, 37017));

    private static ServiceInstance first(Service service) {
        return new ServiceInstance(service, 1);
    }

    @Test
    void aServiceGetsItsPortsTheEmbeddedKafkaAndMongoAndTheIdentityProviderThroughTheEnvironment() {
        assertThat(ServiceProcess.environment(first(Service.CLASSIFICATION), config, SECRETS)).isEqualTo(Map.of(
                "SERVER_PORT", "18082",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092",
                "MONGODB_URI", "mongodb://127.0.0.1:37017/assay",
                "ASSAY_REPORT_BASE_URL", "http://localhost:18083",
                "ASSAY_INSTANCE_ID", "classification-service",
                "ASSAY_MANAGEMENT_ADDRESS", "127.0.0.1",
                "ASSAY_MANAGEMENT_PORT", "9082",
                "ASSAY_OIDC_ISSUER_URI", "http://localhost:9000",
                "ASSAY_OIDC_ROLES_CLAIM", "roles"));
    }

    @Test
    void furtherSettingsGoToEveryServiceAndWinOverTheStacksOwn() {
        StackConfig tuned = config.withServiceEnvironment(Map.of("ASSAY_RATE_LIMIT_REQUESTS", "1000",
                "ASSAY_OIDC_ROLES_CLAIM", "realm_access.roles"));

        assertThat(ServiceProcess.environment(first(Service.INTAKE), tuned, SECRETS))
                .containsEntry("ASSAY_RATE_LIMIT_REQUESTS", "1000")
                .containsEntry("ASSAY_OIDC_ROLES_CLAIM", "realm_access.roles");
    }

    @Test
    void theIdentityProviderAndTheManagementPortsFollowTheirConfiguredPorts() {
        StackConfig moved = config.withPorts(config.ports().withAuth(19000).withManagement(19081, 19082, 19083));

        assertThat(ServiceProcess.environment(new ServiceInstance(Service.REPORT, 2), moved, SECRETS))
                .containsEntry("SERVER_PORT", "18183")
                .containsEntry("ASSAY_MANAGEMENT_PORT", "19183")
                .containsEntry("ASSAY_OIDC_ISSUER_URI", "http://localhost:19000");
    }

    @Test
    void intakeAlsoGetsTheEmbeddedMailboxToPollTheSmtpServerForAcknowledgementsAndTheRunsConfirmationKey() {
        Map<String, String> env = ServiceProcess.environment(first(Service.INTAKE),
                config.withPorts(config.ports().withMail(13025, 13143)), SECRETS);

        assertThat(env).containsEntry("SERVER_PORT", "18081")
                .containsEntry("ASSAY_INTAKE_MAIL_ENABLED", "true")
                .containsEntry("ASSAY_INTAKE_MAIL_PROTOCOL", "imap")
                .containsEntry("ASSAY_INTAKE_MAIL_HOST", "127.0.0.1")
                .containsEntry("ASSAY_INTAKE_MAIL_PORT", "13143")
                .containsEntry("ASSAY_INTAKE_MAIL_USERNAME", "communications@assay.localhost")
                .containsEntry("ASSAY_INTAKE_MAIL_PASSWORD", "assay-local-only")
                .containsEntry("ASSAY_INTAKE_ACK_ENABLED", "true")
                .containsEntry("ASSAY_INTAKE_ACK_FROM", "communications@assay.localhost")
                .containsEntry("SPRING_MAIL_HOST", "127.0.0.1")
                .containsEntry("SPRING_MAIL_PORT", "13025")
                .containsEntry("ASSAY_INTAKE_FORM_CONFIRMATION_SECRET", SECRET)
                .containsEntry("ASSAY_INTAKE_ID_SECRET", ID_SECRET);
    }

    @Test
    void aFurtherInstanceDiffersOnlyInItsPortAndInstanceIdAndReportsLinkToTheFirstReportInstance() {
        Map<String, String> first = ServiceProcess.environment(first(Service.INTAKE), config, SECRETS);
        Map<String, String> third = ServiceProcess.environment(new ServiceInstance(Service.INTAKE, 3), config, SECRETS);

        assertThat(third).containsEntry("SERVER_PORT", "18281")
                .containsEntry("ASSAY_MANAGEMENT_PORT", "9281")
                .containsEntry("ASSAY_INSTANCE_ID", "intake-service-3")
                .containsEntry("ASSAY_REPORT_BASE_URL", "http://localhost:18083");
        assertThat(first).containsEntry("ASSAY_INSTANCE_ID", "intake-service");
        for (String differs : List.of("SERVER_PORT", "ASSAY_MANAGEMENT_PORT", "ASSAY_INSTANCE_ID")) {
            third.remove(differs);
            first.remove(differs);
        }
        assertThat(third).isEqualTo(first);
    }

    @Test
    void theConfirmationKeyIsMadeForTheRunUnlessTheLaunchersEnvironmentGivesOne() {
        String made = ServiceProcess.confirmationSecret(Map.of());

        assertThat(made).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(ServiceProcess.confirmationSecret(Map.of()));
        assertThat(ServiceProcess.confirmationSecret(Map.of("ASSAY_INTAKE_FORM_CONFIRMATION_SECRET", SECRET))).isNull();
        assertThat(ServiceProcess.environment(first(Service.INTAKE), config, ServiceProcess.Secrets.INHERITED))
                .doesNotContainKey("ASSAY_INTAKE_FORM_CONFIRMATION_SECRET")
                .doesNotContainKey("ASSAY_INTAKE_ID_SECRET");
    }

    @Test
    void anExternalKafkaAndMongoArePassedOnUnchanged() {
        Map<String, String> env = ServiceProcess.environment(first(Service.REPORT),
                config.withExternalKafka("PLAINTEXT://broker:9092").withExternalMongo("mongodb://db:27017/assay"), SECRETS);

        assertThat(env).containsEntry("SERVER_PORT", "18083")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "PLAINTEXT://broker:9092")
                .containsEntry("MONGODB_URI", "mongodb://db:27017/assay");
    }
}
