package dev.assay.deploy.local;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of an Assay service as a child JVM, configured only through environment variables: {@code SERVER_PORT},
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}, which every service reads; its management port on
 * loopback; the identity provider's issuer and roles claim; and {@code ASSAY_REPORT_BASE_URL}, which tells intake
 * where report-service is. Intake also gets the embedded mailbox to poll, the SMTP server for acknowledgements, a key
 * for its confirmation links and the key of its e-mail ids.
 */
final class ServiceProcess {

    /** Graceful shutdown lets in-flight requests and records finish. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final String CONFIRMATION_SECRET = "ASSAY_INTAKE_FORM_CONFIRMATION_SECRET";

    private ServiceProcess() {
    }

    /**
     * Intake's keys; each null when the launcher's environment gives it, which the children inherit.
     *
     * @param confirmationSecret signs the form's confirmation links, one per run
     * @param intakeIdSecret     keys the e-mail ids, one per data directory
     */
    record Secrets(String confirmationSecret, String intakeIdSecret) {
        static final Secrets INHERITED = new Secrets(null, null);
    }

    static PartCommand command(ServiceInstance instance, StackConfig config, DataDirectory data,
                               RepositoryLayout layout, Secrets secrets) {
        // as in the container image: a JVM out of memory exits and is restarted rather than limping on
        List<String> command = List.of(JavaCommand.java(), "-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                layout.serviceJar(instance.service()).toString());
        return new PartCommand(instance.name(), command, environment(instance, config, secrets),
                data.root(), data.log(instance.name()));
    }

    static Map<String, String> environment(ServiceInstance instance, StackConfig config, Secrets secrets) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("SERVER_PORT", String.valueOf(instance.port(config.ports())),
                "KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers(),
                "MONGODB_URI", config.mongoUri(),
                // intake's Location header points at report-service, wherever the stack put it
                "ASSAY_REPORT_BASE_URL", "http://localhost:" + config.ports().report(),
                // stable across restarts: a restarted classification-service reuses its transactional ids and so
                // aborts the transaction its killed predecessor left open at once, instead of after
                // transaction.timeout.ms, during which no read_committed consumer gets past it
                "ASSAY_INSTANCE_ID", instance.name(),
                // metrics and health stay on this machine; only /livez and /readyz answer on the API port
                "ASSAY_MANAGEMENT_ADDRESS", "127.0.0.1",
                "ASSAY_MANAGEMENT_PORT", String.valueOf(instance.managementPort(config.ports()))));
        env.putAll(AuthServerProcess.serviceEnvironment(config));
        if (instance.service() == Service.INTAKE) {
            env.putAll(MailServerProcess.intakeEnvironment(config));
            if (secrets.confirmationSecret() != null) {
                env.put(CONFIRMATION_SECRET, secrets.confirmationSecret());
            }
            if (secrets.intakeIdSecret() != null) {
                env.put(StackSecrets.INTAKE_ID_SECRET, secrets.intakeIdSecret());
            }
        }
        env.putAll(config.serviceEnvironment());
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
