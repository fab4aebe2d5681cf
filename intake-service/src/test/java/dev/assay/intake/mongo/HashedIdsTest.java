package dev.assay.intake.mongo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashedIdsTest {

    @Test
    void anIdIsTheSha256OfTheTextsUtf8BytesInLowerCaseHex() {
        // the FIPS 180-2 example, and a text outside ASCII as `printf 'é' | sha256sum` hashes it
        assertThat(HashedIds.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HashedIds.sha256Hex("\u00e9"))
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }
}
