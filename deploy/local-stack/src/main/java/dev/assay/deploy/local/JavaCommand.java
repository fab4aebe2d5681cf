package dev.assay.deploy.local;

import java.nio.file.Path;

/** Children run on the same Java as the launcher, so the stack needs exactly one JDK. */
final class JavaCommand {

    private JavaCommand() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
