package dev.assay.deploy.local;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Keys the services need that must outlive a run: generated once under {@code <data>/secrets} (owner-only) and
 * reused, unless the launcher's own environment gives them, which the services then inherit.
 */
final class StackSecrets {

    static final String INTAKE_ID_SECRET = "ASSAY_INTAKE_ID_SECRET";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StackSecrets() {
    }

    /**
     * The key of intake's e-mail ids. It must never change for a data directory: the same e-mail must get the same
     * id after a restart, or a redelivered message becomes a second communication.
     *
     * @return null when the launcher's environment sets it
     */
    static String intakeIdSecret(DataDirectory data, Map<String, String> launcherEnvironment) {
        if (launcherEnvironment.get(INTAKE_ID_SECRET) != null) {
            return null;
        }
        return readOrCreate(data.secret("intake-id-secret"));
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                createOwnerOnly(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new StackStartException("cannot read or create the secret " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path file, String content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try {
            Files.writeString(Files.createFile(file, ownerOnly), content);
        } catch (FileAlreadyExistsException e) {
            // written meanwhile by another launcher on the same data directory; read theirs
        }
    }
}
