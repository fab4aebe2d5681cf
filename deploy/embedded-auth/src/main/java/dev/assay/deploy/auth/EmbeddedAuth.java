package dev.assay.deploy.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;

import java.util.Arrays;

/**
 * The local stack's identity provider, or with the first argument {@code token} the command that prints an access
 * token for a demo account ({@link TokenCommand}), which starts no server.
 */
@SpringBootApplication
@EnableConfigurationProperties(AuthSettings.class)
public class EmbeddedAuth {

    /** Logged once the provider answers; the local stack waits for its discovery document instead. */
    public static final String READY_PREFIX = "embedded-auth ready: ";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedAuth.class);

    private final AuthSettings settings;

    EmbeddedAuth(AuthSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out,
                    System.err));
        }
        SpringApplication.run(EmbeddedAuth.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("{}issuer {}, accounts {}, secrets in {}", READY_PREFIX, settings.issuer(), DemoAccounts.ALL,
                DemoCredentials.file(settings.dataDir()));
    }
}
