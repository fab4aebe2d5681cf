package dev.assay.deploy.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Assay service as a child JVM, configured only through environment variables: {@code SERVER_PORT},
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}, which every service reads, and
 * {@code ASSAY_REPORT_BASE_URL}, which tells intake where report-service is; intake also gets the embedded
 * mailbox to poll and the SMTP server for acknowledgements.
 */
final class ServiceProcess {

    /** Graceful shutdown lets in-flight requests and records finish. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private ServiceProcess() {
    }

    static ManagedProcess start(Service service, StackConfig config, DataDirectory data, RepositoryLayout layout) {
        List<String> command = List.of(JavaCommand.java(), "-Xmx384m", "-jar", layout.serviceJar(service).toString());
        return ManagedProcess.start(service.module(), command, environment(service, config), data.root(),
                data.log(service.module()));
    }

    static Map<String, String> environment(Service service, StackConfig config) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("SERVER_PORT", String.valueOf(config.ports().of(service)),
                "KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers(),
                "MONGODB_URI", config.mongoUri(),
                // intake's Location header points at report-service, wherever the stack put it
                "ASSAY_REPORT_BASE_URL", "http://localhost:" + config.ports().report()));
        if (service == Service.INTAKE) {
            env.putAll(MailServerProcess.intakeEnvironment(config));
        }
        return env;
    }
}
