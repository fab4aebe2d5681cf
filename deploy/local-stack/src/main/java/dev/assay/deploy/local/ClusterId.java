package dev.assay.deploy.local;

import java.security.SecureRandom;
import java.util.Base64;

/** A Kafka cluster id in Kafka's own format: 16 random bytes, base64url without padding (22 characters). */
final class ClusterId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClusterId() {
    }

    /** Never starts with '-', which the storage tool's argument parser would take for an option (as Kafka's own Uuid avoids). */
    static String generate() {
        String id;
        do {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-") || id.equals("AAAAAAAAAAAAAAAAAAAAAA"));
        return id;
    }
}
