package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryLayoutTest {

    @TempDir
    Path home;

    @Test
    void theStackRunsTheExecJarsAndTheBrokerClasspathTheBuildLeavesInTarget() {
        RepositoryLayout layout = new RepositoryLayout(home);

        assertThat(layout.serviceJar(Service.REPORT))
                .isEqualTo(home.resolve("report-service/target/report-service-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(layout.mongoJar())
                .isEqualTo(home.resolve("deploy/embedded-mongo/target/embedded-mongo-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(layout.mailJar())
                .isEqualTo(home.resolve("deploy/embedded-mail/target/embedded-mail-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(layout.authJar())
                .isEqualTo(home.resolve("deploy/embedded-auth/target/embedded-auth-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(layout.brokerClasspathFile()).isEqualTo(home.resolve("deploy/embedded-kafka/target/broker.classpath"));
    }

    @Test
    void everyMissingFileIsListedWithTheBuildCommand() throws IOException {
        RepositoryLayout layout = new RepositoryLayout(home);
        Files.createDirectories(layout.mongoJar().getParent());
        Files.writeString(layout.mongoJar(), "jar");

        assertThatThrownBy(() -> layout.requireBuilt(StackConfig.defaults(home)))
                .isInstanceOf(StackStartException.class)
                .hasMessageStartingWith("missing " + layout.brokerClasspathFile() + ", " + layout.mailJar() + ", "
                        + layout.authJar() + ", " + layout.serviceJar(Service.INTAKE) + ", " + layout.serviceJar(Service.CLASSIFICATION) + ", "
                        + layout.serviceJar(Service.REPORT))
                .hasMessageContaining("run the build first: ./mvnw -B -DskipTests install");
    }

    @Test
    void onlyWhatTheStackStartsMustBeBuilt() throws IOException {
        RepositoryLayout layout = new RepositoryLayout(home);
        Files.createDirectories(layout.mongoJar().getParent());
        Files.writeString(layout.mongoJar(), "jar");
        Files.createDirectories(layout.mailJar().getParent());
        Files.writeString(layout.mailJar(), "jar");
        Files.createDirectories(layout.authJar().getParent());
        Files.writeString(layout.authJar(), "jar");

        assertThatCode(() -> layout.requireBuilt(
                StackConfig.defaults(home).withScope(Scope.INFRA).withExternalKafka("k:9092")))
                .doesNotThrowAnyException();
    }
}
