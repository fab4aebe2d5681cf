package dev.assay.deploy.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded mail server (GreenMail: SMTP and IMAP) as a child JVM on loopback, holding the mailbox intake polls.
 * Anyone on this machine can send a communication to {@value #ADDRESS} over SMTP and see it in the report seconds
 * later; intake's acknowledgements go back through the same server, into the sender's mailbox there (IMAP login and
 * password: the sender's address).
 */
final class MailServerProcess {

    static final String NAME = "mail";
    static final String ADDRESS = "communications@assay.localhost";
    /** For this machine only: the server listens on loopback and keeps mail in memory. */
    static final String LOCAL_PASSWORD = "assay-local-only";
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private MailServerProcess() {
    }

    static PartCommand command(StackConfig config, DataDirectory data, RepositoryLayout layout) {
        List<String> command = List.of(JavaCommand.java(), "-Xmx128m", "-jar", layout.mailJar().toString(),
                "--host=127.0.0.1", "--smtp-port=" + config.ports().mailSmtp(),
                "--imap-port=" + config.ports().mailImap(), "--address=" + ADDRESS);
        return new PartCommand(NAME, command, Map.of("ASSAY_MAIL_PASSWORD", LOCAL_PASSWORD), data.root(),
                data.log(NAME));
    }

    /** What intake needs to poll the mailbox every two seconds and to acknowledge what it accepts. */
    static Map<String, String> intakeEnvironment(StackConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ASSAY_INTAKE_MAIL_ENABLED", "true");
        env.put("ASSAY_INTAKE_MAIL_PROTOCOL", "imap");
        env.put("ASSAY_INTAKE_MAIL_HOST", "127.0.0.1");
        env.put("ASSAY_INTAKE_MAIL_PORT", String.valueOf(config.ports().mailImap()));
        env.put("ASSAY_INTAKE_MAIL_USERNAME", ADDRESS);
        env.put("ASSAY_INTAKE_MAIL_PASSWORD", LOCAL_PASSWORD);
        env.put("ASSAY_INTAKE_MAIL_POLL_INTERVAL", "2s");
        // an intake that was killed keeps the mailbox's lease until it runs out: one machine, so a short lease
        env.put("ASSAY_INTAKE_MAIL_LEASE_DURATION", "9s");
        env.put("ASSAY_INTAKE_ACK_ENABLED", "true");
        env.put("ASSAY_INTAKE_ACK_FROM", ADDRESS);
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(config.ports().mailSmtp()));
        return env;
    }
}
