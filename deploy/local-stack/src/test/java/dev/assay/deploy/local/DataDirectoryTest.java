package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theLayoutKeepsKafkaMongoLogsAndThePidFileApart() {
        DataDirectory data = new DataDirectory(dir);

        data.create();

        assertThat(data.kafkaConfig()).isEqualTo(dir.resolve("kafka/config")).isDirectory();
        assertThat(data.kafkaData()).isEqualTo(dir.resolve("kafka/data")).isDirectory();
        assertThat(data.mongoFile()).isEqualTo(dir.resolve("mongo/assay.mv.db"));
        assertThat(data.mongoFile().getParent()).isDirectory();
        assertThat(data.log("report-service")).isEqualTo(dir.resolve("logs/report-service.log"));
        assertThat(data.log("kafka").getParent()).isDirectory();
        assertThat(data.pidFile()).isEqualTo(dir.resolve("stack.pid"));
    }

    @Test
    void deletingRemovesEverythingTheStackWrote() throws IOException {
        Path root = dir.resolve(".data");
        DataDirectory data = new DataDirectory(root);
        data.create();
        Files.writeString(data.mongoFile(), "documents");
        Files.writeString(data.kafkaData().resolve("meta.properties"), "cluster.id=x");
        Files.writeString(data.pidFile(), "1");

        data.delete();

        assertThat(root).doesNotExist();
    }

    @Test
    void aDirectoryHoldingForeignFilesIsNeverDeleted() throws IOException {
        DataDirectory data = new DataDirectory(dir);
        data.create();
        Files.writeString(dir.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(data::delete)
                .isInstanceOf(StackStartException.class)
                .hasMessage("refusing to reset " + dir + ": it holds [thesis.tex], which the stack did not write");
        assertThat(dir.resolve("thesis.tex")).exists();
        assertThat(data.kafkaData()).isDirectory();
    }

    @Test
    void deletingADirectoryThatDoesNotExistIsHarmless() {
        new DataDirectory(dir.resolve("never-created")).delete();

        assertThat(dir.resolve("never-created")).doesNotExist();
    }
}
