package dev.assay.intake;

import dev.assay.contracts.mongo.IndexedAccess;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link IndexedAccess} on intake's MongoClient for every collection intake uses: the idempotency keys,
 * the GridFS bucket of attachments and the mailbox lease. The GridFS chunks collection has the unique index
 * {@code {files_id, n}} that the driver creates with the bucket.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WatchedMongoAccess {

    @Bean
    IndexedAccess indexedAccess() {
        return IndexedAccess.on("idempotency-keys", "attachments.files", "attachments.chunks", "mailbox-lease")
                .withUniqueIndex("attachments.chunks", "files_id", "n");
    }

    @Bean
    MongoClientSettingsBuilderCustomizer watchEveryCommand(IndexedAccess indexedAccess) {
        return settings -> settings.addCommandListener(indexedAccess);
    }
}
