package dev.assay.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the build leaves what the stack runs: each service's {@code -exec.jar}, the embedded MongoDB, mail server
 * and identity provider jars and the Kafka broker's classpath file. The launcher never builds anything; a missing file means the
 * build has not run.
 */
final class RepositoryLayout {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final String MARKER = "deploy/local-stack/pom.xml";

    private final Path home;

    RepositoryLayout(Path home) {
        this.home = home;
    }

    /** The nearest directory at or above {@code start} that holds the Assay build. */
    static Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    Path serviceJar(Service service) {
        return execJar(service.module(), service.module());
    }

    Path mongoJar() {
        return execJar("deploy/embedded-mongo", "embedded-mongo");
    }

    Path mailJar() {
        return execJar("deploy/embedded-mail", "embedded-mail");
    }

    Path authJar() {
        return execJar("deploy/embedded-auth", "embedded-auth");
    }

    Path brokerClasspathFile() {
        return home.resolve("deploy/embedded-kafka/target/broker.classpath");
    }

    /**
     * @throws StackStartException listing every missing file, with the command that produces them
     */
    void requireBuilt(StackConfig config) {
        List<Path> needed = new ArrayList<>();
        if (config.embeddedKafka()) {
            needed.add(brokerClasspathFile());
        }
        if (config.embeddedMongo()) {
            needed.add(mongoJar());
        }
        needed.add(mailJar());
        needed.add(authJar());
        if (config.scope() == Scope.ALL) {
            for (Service service : Service.values()) {
                needed.add(serviceJar(service));
            }
        }
        List<Path> missing = needed.stream().filter(p -> !Files.isRegularFile(p)).toList();
        if (!missing.isEmpty()) {
            throw new StackStartException("missing " + String.join(", ", missing.stream().map(Path::toString).toList())
                    + "\nrun the build first: ./mvnw -B -DskipTests install (from " + home
                    + "), or use deploy/run-local, which builds before it starts");
        }
    }

    private Path execJar(String moduleDir, String artifactId) {
        return home.resolve(moduleDir).resolve("target").resolve(artifactId + "-" + VERSION + "-exec.jar");
    }
}
