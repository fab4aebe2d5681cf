package dev.assay.deploy.local;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of an Assay service as a child JVM, configured only through environment variables: {@code SERVER_PORT},
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}, which every service reads, and
 * {@code ASSAY_REPORT_BASE_URL}, which tells intake where report-service is; intake also gets the embedded
 * mailbox to poll, the SMTP server for acknowledgements and a key for its confirmation links.
 */
final class ServiceProcess {

    /** Graceful shutdown lets in-flight requests and records finish. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final String CONFIRMATION_SECRET = "ASSAY_INTAKE_FORM_CONFIRMATION_SECRET";

    private ServiceProcess() {
    }

    /** @param confirmationSecret for intake, or null when the launcher's environment gives one, which it inherits */
    static PartCommand command(ServiceInstance instance, StackConfig config, DataDirectory data,
                               RepositoryLayout layout, String confirmationSecret) {
        List<String> command = List.of(JavaCommand.java(), "-Xmx384m", "-jar",
                layout.serviceJar(instance.service()).toString());
        return new PartCommand(instance.name(), command, environment(instance, config, confirmationSecret),
                data.root(), data.log(instance.name()));
    }

    static Map<String, String> environment(ServiceInstance instance, StackConfig config, String confirmationSecret) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("SERVER_PORT", String.valueOf(instance.port(config.ports())),
                "KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers(),
                "MONGODB_URI", config.mongoUri(),
                // intake's Location header points at report-service, wherever the stack put it
                "ASSAY_REPORT_BASE_URL", "http://localhost:" + config.ports().report(),
                // stable across restarts: a restarted classification-service reuses its transactional ids and so
                // aborts the transaction its killed predecessor left open at once, instead of after
                // transaction.timeout.ms, during which no read_committed consumer gets past it
                "ASSAY_INSTANCE_ID", instance.name()));
        if (instance.service() == Service.INTAKE) {
            env.putAll(MailServerProcess.intakeEnvironment(config));
            if (confirmationSecret != null) {
                env.put(CONFIRMATION_SECRET, confirmationSecret);
            }
        }
        return env;
    }

    /**
     * One key for every intake instance of this run, so that a confirmation link works on any of them and still
     * works after an instance was restarted. Null when the launcher's environment sets one: the children inherit it.
     */
    static String confirmationSecret(Map<String, String> launcherEnvironment) {
        if (launcherEnvironment.get(CONFIRMATION_SECRET) != null) {
            return null;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
