package dev.assay.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layout of the stack's data directory, which survives restarts: {@code kafka/} (configuration and log dirs),
 * {@code mongo/assay.mv.db}, {@code auth/} (the identity provider's signing key and demo secrets),
 * {@code secrets/} (keys the services need across restarts), {@code logs/<part>.log} and {@code stack.pid}. The two
 * directories holding secrets are readable by their owner only.
 */
final class DataDirectory {

    private static final Set<String> OWN_ENTRIES = Set.of("kafka", "mongo", "auth", "secrets", "logs", "stack.pid");

    private final Path root;

    DataDirectory(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path kafkaConfig() {
        return root.resolve("kafka").resolve("config");
    }

    /** Kafka's {@code log.dirs}: topic data and the KRaft metadata log. */
    Path kafkaData() {
        return root.resolve("kafka").resolve("data");
    }

    Path mongoFile() {
        return root.resolve("mongo").resolve("assay.mv.db");
    }

    /** The identity provider's data directory. */
    Path authData() {
        return root.resolve("auth");
    }

    Path secret(String name) {
        return root.resolve("secrets").resolve(name);
    }

    Path log(String part) {
        return root.resolve("logs").resolve(part + ".log");
    }

    Path pidFile() {
        return root.resolve("stack.pid");
    }

    void create() {
        try {
            Files.createDirectories(root.resolve("logs"));
            Files.createDirectories(kafkaConfig());
            Files.createDirectories(kafkaData());
            Files.createDirectories(mongoFile().getParent());
            createOwnerOnlyDirectory(authData());
            createOwnerOnlyDirectory(secret("x").getParent());
        } catch (IOException e) {
            throw new StackStartException("cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * Deletes everything the stack has stored. Refuses a directory holding anything the stack does not write, so a
     * mistyped {@code --data-dir} cannot wipe unrelated files.
     */
    void delete() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            List<String> foreign = children.map(p -> p.getFileName().toString()).filter(n -> !OWN_ENTRIES.contains(n))
                    .sorted().toList();
            if (!foreign.isEmpty()) {
                throw new StackStartException("refusing to reset " + root + ": it holds " + foreign
                        + ", which the stack did not write");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
