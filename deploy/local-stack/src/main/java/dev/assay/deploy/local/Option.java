package dev.assay.deploy.local;

import java.util.Arrays;
import java.util.Optional;

/** The launcher's options: each is a command-line flag and an environment variable; the flag wins. */
enum Option {
    HOME("--home", "ASSAY_HOME", "<dir>", "repository root (default: found from the current directory)"),
    DATA_DIR("--data-dir", "ASSAY_DATA_DIR", "<dir>", "data, logs and pid file (default: <home>/.data)"),
    RESET("--reset", "ASSAY_RESET", "", "delete the data directory before starting (env: true/false)"),
    ONLY("--only", "ASSAY_ONLY", "infra|all", "infra: Kafka, MongoDB, the mail server and the identity provider,"
            + " without the services (to run them from an IDE); all: everything (default)"),
    INTAKE_PORT("--intake-port", "ASSAY_INTAKE_PORT", "<port>", "intake-service (default 8081)"),
    CLASSIFICATION_PORT("--classification-port", "ASSAY_CLASSIFICATION_PORT", "<port>",
            "classification-service (default 8082)"),
    REPORT_PORT("--report-port", "ASSAY_REPORT_PORT", "<port>", "report-service (default 8083)"),
    INTAKE_MANAGEMENT_PORT("--intake-management-port", "ASSAY_INTAKE_MANAGEMENT_PORT", "<port>",
            "intake-service's actuator, on loopback (default 9081)"),
    CLASSIFICATION_MANAGEMENT_PORT("--classification-management-port", "ASSAY_CLASSIFICATION_MANAGEMENT_PORT",
            "<port>", "classification-service's actuator, on loopback (default 9082)"),
    REPORT_MANAGEMENT_PORT("--report-management-port", "ASSAY_REPORT_MANAGEMENT_PORT", "<port>",
            "report-service's actuator, on loopback (default 9083)"),
    AUTH_PORT("--auth-port", "ASSAY_AUTH_PORT", "<port>",
            "embedded OpenID Connect provider; the issuer is http://localhost:<port> (default 9000)"),
    KAFKA_PORT("--kafka-port", "ASSAY_KAFKA_PORT", "<port>", "embedded Kafka broker (default 9092)"),
    KAFKA_CONTROLLER_PORT("--kafka-controller-port", "ASSAY_KAFKA_CONTROLLER_PORT", "<port>",
            "embedded Kafka controller (default: Kafka port + 1)"),
    MONGO_PORT("--mongo-port", "ASSAY_MONGO_PORT", "<port>", "embedded MongoDB (default 27017)"),
    MAIL_SMTP_PORT("--mail-smtp-port", "ASSAY_MAIL_SMTP_PORT", "<port>", "embedded mail server, SMTP (default 3025)"),
    MAIL_IMAP_PORT("--mail-imap-port", "ASSAY_MAIL_IMAP_PORT", "<port>", "embedded mail server, IMAP (default 3143)"),
    KAFKA_BOOTSTRAP_SERVERS("--kafka-bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS", "<host:port,...>",
            "use this Kafka; no embedded broker is started"),
    MONGODB_URI("--mongodb-uri", "MONGODB_URI", "<uri>", "use this MongoDB; no embedded server is started"),
    STARTUP_TIMEOUT("--startup-timeout", "ASSAY_STARTUP_TIMEOUT", "<seconds>",
            "how long all parts together may take to become ready (default 300)"),
    INTAKE_INSTANCES("--intake-instances", "ASSAY_INTAKE_INSTANCES", "<n>",
            "JVMs of intake-service (default 1); instance i listens on --intake-port + 100*(i-1)"),
    CLASSIFICATION_INSTANCES("--classification-instances", "ASSAY_CLASSIFICATION_INSTANCES", "<n>",
            "JVMs of classification-service in one consumer group (default 1); instance i on --classification-port"
                    + " + 100*(i-1)"),
    REPORT_INSTANCES("--report-instances", "ASSAY_REPORT_INSTANCES", "<n>",
            "JVMs of report-service in one consumer group (default 1); instance i on --report-port + 100*(i-1)"),
    RESTART_LIMIT("--restart-limit", "ASSAY_RESTART_LIMIT", "<n>",
            "restart a part that exits unless it exited more than n times within a minute (default 5; 0: never)"),
    HELP("--help", null, "", "print this help and exit");

    private final String flag;
    private final String env;
    private final String valueHint;
    private final String description;

    Option(String flag, String env, String valueHint, String description) {
        this.flag = flag;
        this.env = env;
        this.valueHint = valueHint;
        this.description = description;
    }

    String flag() {
        return flag;
    }

    String env() {
        return env;
    }

    /** A switch takes no value on the command line. */
    boolean isSwitch() {
        return valueHint.isEmpty();
    }

    /** The option that sets the port of a service's first instance. */
    static Option portOf(Service service) {
        return switch (service) {
            case INTAKE -> INTAKE_PORT;
            case CLASSIFICATION -> CLASSIFICATION_PORT;
            case REPORT -> REPORT_PORT;
        };
    }

    /** The option that sets the management port of a service's first instance. */
    static Option managementPortOf(Service service) {
        return switch (service) {
            case INTAKE -> INTAKE_MANAGEMENT_PORT;
            case CLASSIFICATION -> CLASSIFICATION_MANAGEMENT_PORT;
            case REPORT -> REPORT_MANAGEMENT_PORT;
        };
    }

    static Optional<Option> byFlag(String flag) {
        return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
    }

    String help() {
        String left = isSwitch() ? flag : flag + "=" + valueHint;
        String right = env == null ? description : description + " [env " + env + "]";
        return String.format("  %-42s %s", left, right);
    }
}
