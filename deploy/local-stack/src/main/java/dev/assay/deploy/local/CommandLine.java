package dev.assay.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the launcher's flags and environment into a {@link StackConfig}. Flags are {@code --name=value} or
 * {@code --name value}; each has an environment variable that applies when the flag is absent.
 */
final class CommandLine {

    static final String USAGE = "Usage: deploy/run-local [--no-build] [options]\n"
            + "   or: java -jar deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar [options]\n"
            + "Runs Kafka, MongoDB, a mail server, an OpenID Connect provider and the three Assay services in the foreground, restarting any part"
            + " that exits; Ctrl-C or SIGTERM stops them all.\n"
            + "Options:\n"
            + Arrays.stream(Option.values()).map(Option::help).collect(Collectors.joining("\n"));

    private final Map<Option, String> values = new EnumMap<>(Option.class);

    private CommandLine(String[] args, Map<String, String> env) {
        for (Option option : Option.values()) {
            if (option.env() != null && env.get(option.env()) != null) {
                values.put(option, env.get(option.env()));
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            Option option = Option.byFlag(flag).orElseThrow(() -> new UsageException("unknown option '" + arg + "'"));
            if (option.isSwitch()) {
                if (eq >= 0) {
                    throw new UsageException(flag + " takes no value");
                }
                values.put(option, "true");
            } else if (eq >= 0) {
                values.put(option, arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(option, args[++i]);
            } else {
                throw new UsageException(flag + " needs a value");
            }
        }
    }

    /**
     * @param cwd where to start looking for the repository when neither {@code --home} nor {@code ASSAY_HOME} is given
     * @throws UsageException naming what is wrong
     */
    static StackConfig parse(String[] args, Map<String, String> env, Path cwd) {
        return new CommandLine(args, env).toConfig(cwd);
    }

    static boolean wantsHelp(String[] args) {
        return Arrays.asList(args).contains(Option.HELP.flag()) || Arrays.asList(args).contains("-h");
    }

    private StackConfig toConfig(Path cwd) {
        Path home = values.containsKey(Option.HOME) ? cwd.resolve(values.get(Option.HOME))
                : RepositoryLayout.locate(cwd).orElseThrow(() -> new UsageException("cannot find the Assay repository"
                        + " from " + cwd + "; run from inside it or pass --home=<dir> (or ASSAY_HOME)"));
        if (!Files.isDirectory(home)) {
            throw new UsageException("the repository root " + home + " is not a directory");
        }
        Path dataDir = values.containsKey(Option.DATA_DIR) ? cwd.resolve(values.get(Option.DATA_DIR))
                : home.resolve(".data");
        int kafka = port(Option.KAFKA_PORT, Ports.DEFAULTS.kafka());
        Ports ports;
        try {
            ports = new Ports(port(Option.INTAKE_PORT, Ports.DEFAULTS.intake()),
                    port(Option.CLASSIFICATION_PORT, Ports.DEFAULTS.classification()),
                    port(Option.REPORT_PORT, Ports.DEFAULTS.report()), kafka,
                    port(Option.KAFKA_CONTROLLER_PORT, kafka + 1), port(Option.MONGO_PORT, Ports.DEFAULTS.mongo()),
                    port(Option.MAIL_SMTP_PORT, Ports.DEFAULT_MAIL_SMTP),
                    port(Option.MAIL_IMAP_PORT, Ports.DEFAULT_MAIL_IMAP), port(Option.AUTH_PORT, Ports.DEFAULT_AUTH),
                    port(Option.INTAKE_MANAGEMENT_PORT, Ports.DEFAULT_INTAKE_MANAGEMENT),
                    port(Option.CLASSIFICATION_MANAGEMENT_PORT, Ports.DEFAULT_CLASSIFICATION_MANAGEMENT),
                    port(Option.REPORT_MANAGEMENT_PORT, Ports.DEFAULT_REPORT_MANAGEMENT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Scope scope;
        try {
            scope = Scope.fromId(values.getOrDefault(Option.ONLY, Scope.ALL.id()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Option.ONLY.flag() + ": " + e.getMessage());
        }
        Instances instances = new Instances((int) positive(Option.INTAKE_INSTANCES, 1),
                (int) positive(Option.CLASSIFICATION_INSTANCES, 1), (int) positive(Option.REPORT_INSTANCES, 1));
        try {
            return new StackConfig(home, dataDir, flag(Option.RESET), scope, ports,
                    values.get(Option.KAFKA_BOOTSTRAP_SERVERS), values.get(Option.MONGODB_URI),
                    Duration.ofSeconds(positive(Option.STARTUP_TIMEOUT, StackConfig.DEFAULT_STARTUP_TIMEOUT.toSeconds())),
                    instances, (int) number(Option.RESTART_LIMIT, RestartPolicy.DEFAULT_LIMIT, 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private boolean flag(Option option) {
        String value = values.getOrDefault(option, "false").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new UsageException(option.env() + " must be true or false, was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private int port(Option option, int fallback) {
        return (int) positive(option, fallback);
    }

    private long positive(Option option, long fallback) {
        return number(option, fallback, 1);
    }

    private long number(Option option, long fallback, long min) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= Integer.MAX_VALUE) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the option's name
        }
        throw new UsageException(option.flag() + " (" + option.env() + ") must be "
                + (min > 0 ? "a positive number" : "0 or a positive number") + ", was '" + value + "'");
    }

    /** A mistake in the flags or environment; the message says which. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
