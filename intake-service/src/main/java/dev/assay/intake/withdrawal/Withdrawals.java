package dev.assay.intake.withdrawal;

import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.intake.attachments.AttachmentStore;
import dev.assay.intake.publishing.CommunicationPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * What intake does when a communication is withdrawn: deletes the original bytes of its attachments from GridFS and
 * writes a tombstone for its id on {@code communications.received.v1}, so that compaction removes its text from
 * Kafka too. In that order, and only then is the record's offset committed, so a crash in between does both again on
 * redelivery; both are idempotent (nothing left to delete, one more tombstone). The record's key names the
 * communication when its value does not.
 */
class Withdrawals {

    private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

    private final AttachmentStore attachments;
    private final CommunicationPublisher publisher;

    Withdrawals(AttachmentStore attachments, CommunicationPublisher publisher) {
        this.attachments = attachments;
        this.publisher = publisher;
    }

    @KafkaListener(id = "intake-withdrawals", groupId = WithdrawalConfiguration.GROUP,
            topics = "#{T(dev.assay.contracts.topics.Topics).COMMUNICATIONS_WITHDRAWN.name()}",
            containerFactory = WithdrawalConfiguration.CONTAINER_FACTORY)
    void withdraw(ConsumerRecord<String, CommunicationWithdrawn> record) {
        String id = record.value() != null ? record.value().communicationId() : record.key();
        if (id == null || id.isBlank()) {
            log.warn("Skipped a withdrawal without communication id at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        withdraw(id);
    }

    void withdraw(String communicationId) {
        int deleted = attachments.deleteAll(communicationId);
        publisher.publishTombstone(communicationId);
        // ids only: a withdrawal's reason may name the submitter
        log.info("Withdrew communication {}: {} attachment(s) deleted, tombstone written", communicationId, deleted);
    }
}
