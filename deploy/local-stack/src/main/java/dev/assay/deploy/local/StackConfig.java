package dev.assay.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the launcher needs to know. A non-null {@code externalKafka} or {@code externalMongoUri} replaces the
 * embedded broker or server: nothing is started for it and the services are pointed at it.
 *
 * @param home             the repository root; the jars and the broker classpath are found under it
 * @param dataDir          Kafka's log dirs, the MongoDB file, the parts' logs and the pid file
 * @param reset            delete {@code dataDir} before starting
 * @param scope            all parts, or only the infrastructure (Kafka, MongoDB, mail server, identity provider)
 * @param ports            where each part listens (the first instance of each service)
 * @param externalKafka    bootstrap servers of a Kafka to use instead of the embedded broker, or null
 * @param externalMongoUri connection string of a MongoDB to use instead of the embedded server, or null
 * @param startupTimeout   how long every part together may take to become ready
 * @param instances        how many JVMs of each service to run
 * @param restartLimit     exits of a part within a minute that are still restarted; 0 restarts nothing
 * @param serviceEnvironment further settings for every service JVM, after the stack's own (tests lift the public
 *                         endpoints' rate limit with it, as their load comes from one address)
 */
public record StackConfig(Path home, Path dataDir, boolean reset, Scope scope, Ports ports, String externalKafka,
                          String externalMongoUri, Duration startupTimeout, Instances instances, int restartLimit,
                          Map<String, String> serviceEnvironment) {

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(300);

    public StackConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(instances, "instances");
        home = home.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        externalKafka = blankToNull(externalKafka);
        externalMongoUri = blankToNull(externalMongoUri);
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("the start-up timeout must be positive, was " + startupTimeout);
        }
        if (restartLimit < 0) {
            throw new IllegalArgumentException("the restart limit must not be negative, was " + restartLimit);
        }
        requireOwnPorts(ports, instances);
        serviceEnvironment = Map.copyOf(Objects.requireNonNull(serviceEnvironment, "serviceEnvironment"));
    }

    public StackConfig(Path home, Path dataDir, boolean reset, Scope scope, Ports ports, String externalKafka,
                       String externalMongoUri, Duration startupTimeout, Instances instances, int restartLimit) {
        this(home, dataDir, reset, scope, ports, externalKafka, externalMongoUri, startupTimeout, instances,
                restartLimit, Map.of());
    }

    /** The defaults for a repository: data under {@code <home>/.data}, default ports, everything embedded. */
    public static StackConfig defaults(Path home) {
        return new StackConfig(home, home.resolve(".data"), false, Scope.ALL, Ports.DEFAULTS, null, null,
                DEFAULT_STARTUP_TIMEOUT, Instances.ONE_EACH, RestartPolicy.DEFAULT_LIMIT, Map.of());
    }

    public boolean embeddedKafka() {
        return externalKafka == null;
    }

    public boolean embeddedMongo() {
        return externalMongoUri == null;
    }

    /** What the services get as {@code KAFKA_BOOTSTRAP_SERVERS}. */
    public String kafkaBootstrapServers() {
        return embeddedKafka() ? "127.0.0.1:" + ports.kafka() : externalKafka;
    }

    /** What the services get as {@code MONGODB_URI}. */
    public String mongoUri() {
        return embeddedMongo() ? "mongodb://127.0.0.1:" + ports.mongo() + "/assay" : externalMongoUri;
    }

    /** The service JVMs this configuration starts: none for {@link Scope#INFRA}. */
    List<ServiceInstance> serviceInstances() {
        return scope == Scope.ALL ? instances.all() : List.of();
    }

    RestartPolicy restartPolicy() {
        return RestartPolicy.DEFAULT.withLimit(restartLimit);
    }

    public StackConfig withDataDir(Path dir) {
        return new StackConfig(home, dir, reset, scope, ports, externalKafka, externalMongoUri, startupTimeout,
                instances, restartLimit, serviceEnvironment);
    }

    public StackConfig withReset(boolean value) {
        return new StackConfig(home, dataDir, value, scope, ports, externalKafka, externalMongoUri, startupTimeout,
                instances, restartLimit, serviceEnvironment);
    }

    public StackConfig withScope(Scope value) {
        return new StackConfig(home, dataDir, reset, value, ports, externalKafka, externalMongoUri, startupTimeout,
                instances, restartLimit, serviceEnvironment);
    }

    public StackConfig withPorts(Ports value) {
        return new StackConfig(home, dataDir, reset, scope, value, externalKafka, externalMongoUri, startupTimeout,
                instances, restartLimit, serviceEnvironment);
    }

    public StackConfig withExternalKafka(String bootstrapServers) {
        return new StackConfig(home, dataDir, reset, scope, ports, bootstrapServers, externalMongoUri, startupTimeout,
                instances, restartLimit, serviceEnvironment);
    }

    public StackConfig withExternalMongo(String uri) {
        return new StackConfig(home, dataDir, reset, scope, ports, externalKafka, uri, startupTimeout, instances,
                restartLimit, serviceEnvironment);
    }

    public StackConfig withStartupTimeout(Duration value) {
        return new StackConfig(home, dataDir, reset, scope, ports, externalKafka, externalMongoUri, value, instances,
                restartLimit, serviceEnvironment);
    }

    /** Runs {@code count} JVMs of {@code service}. */
    public StackConfig withInstances(Service service, int count) {
        return new StackConfig(home, dataDir, reset, scope, ports, externalKafka, externalMongoUri, startupTimeout,
                instances.with(service, count), restartLimit, serviceEnvironment);
    }

    public StackConfig withRestartLimit(int value) {
        return new StackConfig(home, dataDir, reset, scope, ports, externalKafka, externalMongoUri, startupTimeout,
                instances, value, serviceEnvironment);
    }

    /** Adds {@code env} to every service's environment (it wins over the stack's own settings). */
    public StackConfig withServiceEnvironment(Map<String, String> env) {
        return new StackConfig(home, dataDir, reset, scope, ports, externalKafka, externalMongoUri, startupTimeout,
                instances, restartLimit, env);
    }

    /** The ports of instances beyond the first follow from the configured ones and must not meet any other. */
    private static void requireOwnPorts(Ports ports, Instances instances) {
        Set<Integer> taken = new HashSet<>(ports.all());
        for (ServiceInstance instance : instances.all()) {
            if (instance.number() == 1) {
                continue;
            }
            requireOwnPort(taken, instance.name(), instance.port(ports), instance.portOption());
            requireOwnPort(taken, instance.name() + "'s management", instance.managementPort(ports),
                    instance.managementPortOption());
        }
    }

    private static void requireOwnPort(Set<Integer> taken, String who, int port, String option) {
        if (port > 65535) {
            throw new IllegalArgumentException(who + " would listen on port " + port + " (" + option + "), above 65535");
        }
        if (!taken.add(port)) {
            throw new IllegalArgumentException(who + " would listen on port " + port + " (" + option
                    + "), which is given to another part of the stack");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
