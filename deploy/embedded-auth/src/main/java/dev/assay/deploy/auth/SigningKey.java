package dev.assay.deploy.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The provider's RS256 signing key, generated on the first start and kept in {@code <data>/signing-key.jwk}
 * (owner-only), so that tokens issued before a restart of the provider still verify after it.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk";

    private SigningKey() {
    }

    static RSAKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                        .keyID(UUID.randomUUID().toString()).generate();
                OwnerOnlyFiles.createWith(file, generated.toJSONString());
            }
            return RSAKey.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("the signing key " + file + " is unusable; delete it to have a new one"
                    + " generated (tokens signed with the old one then stop verifying)", e);
        }
    }
}
