package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheLaunchersPidWhileItRunsAndIsRemovedAfterwards() {
        PidFile pidFile = new PidFile(dir.resolve("stack.pid"));

        pidFile.write();
        assertThat(dir.resolve("stack.pid")).content().isEqualTo(ProcessHandle.current().pid() + "\n");

        pidFile.delete();
        assertThat(dir.resolve("stack.pid")).doesNotExist();
    }

    @Test
    void aFileLeftByALauncherThatIsGoneIsIgnored() throws IOException, InterruptedException {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(dir.resolve("stack.pid"), finished.pid() + "\n");

        assertThatCode(() -> new PidFile(dir.resolve("stack.pid")).refuseIfRunning()).doesNotThrowAnyException();
    }

    @Test
    void aSecondLauncherOnTheSameDataIsRefusedWhileTheFirstRuns() throws IOException {
        Process otherJvm = new ProcessBuilder(JavaCommand.java(), "-cp", System.getProperty("java.class.path"),
                "dev.assay.deploy.local.PidFileTest$WaitForInput").start();
        try {
            Files.writeString(dir.resolve("stack.pid"), otherJvm.pid() + "\n");

            assertThatThrownBy(() -> new PidFile(dir.resolve("stack.pid")).refuseIfRunning())
                    .isInstanceOf(StackStartException.class)
                    .hasMessage("another local stack (pid " + otherJvm.pid() + ") is using " + dir
                            + "; stop it with kill -TERM " + otherJvm.pid() + ", or use another --data-dir");
        } finally {
            otherJvm.destroyForcibly();
        }
    }

    @Test
    void aFileWrittenByAnotherLauncherIsNotRemoved() throws IOException {
        Files.writeString(dir.resolve("stack.pid"), "1\n");

        new PidFile(dir.resolve("stack.pid")).delete();

        assertThat(dir.resolve("stack.pid")).content().isEqualTo("1\n");
    }

    /** A JVM that lives until its standard input closes. */
    static final class WaitForInput {
        public static void main(String[] args) throws IOException {
            System.in.read();
        }
    }
}
