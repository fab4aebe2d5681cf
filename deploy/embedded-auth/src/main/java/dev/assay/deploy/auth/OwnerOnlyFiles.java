package dev.assay.deploy.auth;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes secrets to files only their owner can read. The permissions are set as the file is created, so there is
 * no moment at which another user could open it.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code file} (rw-------) with {@code content} unless it exists; its directory becomes rwx------ when
     * created here.
     *
     * @return false when the file already existed (another process won the race, or an earlier start wrote it)
     */
    public static boolean createWith(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attributes);
        try {
            Files.writeString(temp, content, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                // a link fails if the name exists, so two first starts cannot overwrite each other's secrets
                Files.createLink(file, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException e) {
                if (Files.exists(file)) {
                    return false;
                }
                Files.move(temp, file);
                return true;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
