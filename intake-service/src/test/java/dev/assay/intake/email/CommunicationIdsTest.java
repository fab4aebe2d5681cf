package dev.assay.intake.email;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunicationIdsTest {

    private static final byte[] RAW = "Received: by mx1\r\nSubject: A\r\n\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);
    private static final CommunicationIds IDS = new CommunicationIds(IdSecret.of("the-key-of-this-test-is-32-bytes-long"));

    private static String id(String messageId, String from, String identityHeaders, byte[] raw) {
        return IDS.of(messageId, from, identityHeaders, raw).id();
    }

    @Test
    void theIdIsAVersion8UuidMadeWithTheKey() {
        UUID uuid = UUID.fromString(id("<Abc.123@Mail.Example.ORG>", "Camille@Example.org", "", RAW));

        assertThat(uuid.version()).isEqualTo(8);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    /** E-mail id problem 1 of issue 10: whoever knows the Message-ID and the sender cannot compute the id. */
    @Test
    void withoutTheKeyTheIdCannotBeComputed() {
        String id = id("<abc@mail.example.org>", "camille@example.org", "", RAW);
        CommunicationIds otherKey = new CommunicationIds(IdSecret.of("another-key-of-thirty-two-bytes-or-more"));

        assertThat(otherKey.of("<abc@mail.example.org>", "camille@example.org", "", RAW).id()).isNotEqualTo(id);
        // the repository's old namespace UUID (version 5 of Message-ID and sender) no longer names the message
        assertThat(id).isNotEqualTo(oldNamespaceId("message-id:abc@mail.example.org\nfrom:camille@example.org"))
                .isNotEqualTo("dfbc18ce-7c4b-5479-841d-49ab6c755e47");
        assertThat(IDS.of("<abc@mail.example.org>", "camille@example.org", "", RAW).messageKey())
                .isNotEqualTo(otherKey.of("<abc@mail.example.org>", "camille@example.org", "", RAW).messageKey());
    }

    @Test
    void redeliveryOfTheSameMessageGivesTheSameIdWhateverTraceHeadersItGained() {
        byte[] otherDelivery = "Received: by mx2\r\nReceived: by mx3\r\nSubject: A\r\n\r\nBody\r\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(id("<abc@mail.example.org>", "camille@example.org", "Subject:A\n", otherDelivery))
                .isEqualTo(id("<abc@mail.example.org>", "camille@example.org", "Subject:A\n", RAW));
    }

    @Test
    void foldingCommentsAndTheCaseOfTheDomainDoNotChangeTheId() {
        String id = id("<abc@mail.example.org>", "camille@example.org", "", RAW);

        assertThat(id(" (relay)\r\n <abc@MAIL.example.org> ", "CAMILLE@example.org", "", RAW)).isEqualTo(id);
        assertThat(id("<ABC@mail.example.org>", "camille@example.org", "", RAW)).isNotEqualTo(id);
    }

    @Test
    void theSameMessageIdFromAnotherSenderIsAnotherCommunication() {
        assertThat(id("<abc@mail.example.org>", "mallory@example.net", "", RAW))
                .isNotEqualTo(id("<abc@mail.example.org>", "camille@example.org", "", RAW));
    }

    /** E-mail id problem 2 of issue 10: other content under the same Message-ID and sender is another message. */
    @Test
    void theSameMessageIdAndSenderWithOtherContentIsAnotherCommunicationWithTheSameMessageKey() {
        byte[] otherBody = "Received: by mx1\r\nSubject: A\r\n\r\nOther\r\n".getBytes(StandardCharsets.UTF_8);
        CommunicationIds.Derived first = IDS.of("<abc@mail.example.org>", "camille@example.org", "Subject:A\n", RAW);
        CommunicationIds.Derived resent = IDS.of("<abc@mail.example.org>", "camille@example.org", "Subject:A\n",
                otherBody);
        CommunicationIds.Derived otherSubject = IDS.of("<abc@mail.example.org>", "camille@example.org",
                "Subject:B\n", RAW);

        assertThat(resent.id()).isNotEqualTo(first.id());
        assertThat(otherSubject.id()).isNotEqualTo(first.id());
        assertThat(resent.messageKey()).isEqualTo(first.messageKey()).isEqualTo(otherSubject.messageKey())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void withoutMessageIdTheIdComesFromTheContentAndThereIsNoMessageKey() {
        byte[] otherBody = "Received: by mx1\r\nSubject: A\r\n\r\nOther\r\n".getBytes(StandardCharsets.UTF_8);
        CommunicationIds.Derived derived = IDS.of(null, "camille@example.org", "Subject:A\n", RAW);

        assertThat(IDS.of("  ", "camille@example.org", "Subject:A\n", RAW)).isEqualTo(derived);
        assertThat(id(null, "camille@example.org", "Subject:A\n", otherBody)).isNotEqualTo(derived.id());
        assertThat(derived.messageKey()).isNull();
        assertThat(UUID.fromString(derived.id()).version()).isEqualTo(8);
    }

    @Test
    void aMissingOrShortKeyIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> IdSecret.of(null)).hasMessageContaining("ASSAY_INTAKE_ID_SECRET) is required");
        assertThatThrownBy(() -> IdSecret.of("short-secret"))
                .hasMessageContaining("too short").hasMessageNotContaining("short-secret");
        // 32 random bytes as base64 are accepted, as is plain text of 32 bytes
        assertThat(IdSecret.of("3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=")).hasToString("IdSecret[hidden]");
        assertThat(IdSecret.of("x".repeat(32))).isNotNull();
    }

    /** What the ids were before issue 10: a version 5 UUID in the namespace that was in the repository. */
    private static String oldNamespaceId(String name) {
        try {
            UUID namespace = UUID.fromString("0b6a8f3e-52d4-4c1e-9a77-5e2c1f0d7a41");
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
