package dev.assay.intake.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommunicationIdsTest {

    private static final byte[] RAW = "Received: by mx1\r\nSubject: A\r\n\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void theIdIsAVersion5UuidOfTheNormalisedMessageIdAndSender() {
        String id = CommunicationIds.of("<Abc.123@Mail.Example.ORG>", "Camille@Example.org", "", RAW);

        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(id).isEqualTo(CommunicationIds.uuid5("message-id:Abc.123@mail.example.org\nfrom:camille@example.org")
                .toString());
    }

    @Test
    void foldingCommentsAndTheCaseOfTheDomainDoNotChangeTheId() {
        String id = CommunicationIds.of("<abc@mail.example.org>", "camille@example.org", "", RAW);

        assertThat(CommunicationIds.of(" (relay)\r\n <abc@MAIL.example.org> ", "CAMILLE@example.org", "x", RAW))
                .isEqualTo(id);
        assertThat(CommunicationIds.of("<ABC@mail.example.org>", "camille@example.org", "", RAW)).isNotEqualTo(id);
    }

    @Test
    void theSameMessageIdFromAnotherSenderIsAnotherCommunication() {
        assertThat(CommunicationIds.of("<abc@mail.example.org>", "mallory@example.net", "", RAW))
                .isNotEqualTo(CommunicationIds.of("<abc@mail.example.org>", "camille@example.org", "", RAW));
    }

    @Test
    void withoutMessageIdTheIdComesFromTheIdentityHeadersAndTheBodyNotFromTraceHeaders() {
        byte[] otherDelivery = "Received: by mx2\r\nReceived: by mx3\r\nSubject: A\r\n\r\nBody\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] otherBody = "Received: by mx1\r\nSubject: A\r\n\r\nOther\r\n".getBytes(StandardCharsets.UTF_8);
        String id = CommunicationIds.of(null, "camille@example.org", "Subject:A\n", RAW);

        assertThat(CommunicationIds.of("  ", "camille@example.org", "Subject:A\n", otherDelivery)).isEqualTo(id);
        assertThat(CommunicationIds.of(null, "camille@example.org", "Subject:B\n", RAW)).isNotEqualTo(id);
        assertThat(CommunicationIds.of(null, "camille@example.org", "Subject:A\n", otherBody)).isNotEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(5);
    }

    @Test
    /** The value Python's uuid.uuid5 gives for the same namespace and name, so the ids are standard UUIDs. */
    void theNamespaceNeverChanges() {
        assertThat(CommunicationIds.of("<abc@mail.example.org>", "camille@example.org", "", RAW))
                .isEqualTo("dfbc18ce-7c4b-5479-841d-49ab6c755e47");
    }
}
