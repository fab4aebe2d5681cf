package dev.assay.intake.submission;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for communications that arrive without an identity of their own (API and form; email
 * derives its ids from the message). They must stay unguessable, since an id is all it takes to read a
 * communication's classification in report-service, so they come from a cryptographically strong generator.
 * <p>
 * Why not {@link UUID#randomUUID()}: it draws from one shared {@code SecureRandom} whose default provider on Linux
 * ({@code NativePRNG}) serialises every caller on a global lock; under load request threads queued there (21 s
 * blocked, summed over 32 threads, in a 60 s run of run-intake.sh, 2026-11-29). One DRBG per thread has no shared state.
 */
public final class RandomIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomIds::newGenerator);

    private RandomIds() {
    }

    /** @return a new random version 4, IETF variant UUID in its canonical text form */
    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least).toString();
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            // every JDK since 9 has DRBG; a JVM without it still gets a strong generator
            return new SecureRandom();
        }
    }
}
