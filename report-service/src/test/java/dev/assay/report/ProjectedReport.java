package dev.assay.report;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report of a {@link ReportServiceTest}, fed straight through the projection's input binding instead of over
 * Kafka. Registered as an extension, it empties the report before each test, so what a test reads is what it projected.
 */
public final class ProjectedReport implements BeforeEachCallback {

    private Consumer<Message<List<byte[]>>> projection;
    private JsonMapper json;

    @Override
    @SuppressWarnings("unchecked")
    public void beforeEach(ExtensionContext context) {
        ApplicationContext service = SpringExtension.getApplicationContext(context);
        MongoTemplate mongo = service.getBean(MongoTemplate.class);
        mongo.getCollectionNames().forEach(mongo::dropCollection);
        projection = service.getBean("project", Consumer.class);
        json = service.getBean(JsonMapper.class);
    }

    /** Projects {@code events} as if one poll had just returned them from the classified topic. */
    public void project(CommunicationClassified... events) {
        projectFrom(Topics.COMMUNICATIONS_CLASSIFIED, (Object[]) events);
    }

    /** Projects an analyst's verification as if read from the verified topic. */
    public void verify(String id, String analyst, String verifiedAt) {
        projectFrom(Topics.COMMUNICATIONS_VERIFIED, new SubmitterVerified(SubmitterVerified.SCHEMA_VERSION, id,
                Instant.parse(verifiedAt), analyst, "confirmed by a call to the mission"));
    }

    /** Projects a withdrawal as if read from the withdrawn topic. */
    public void withdraw(String id, String analyst, String withdrawnAt) {
        projectFrom(Topics.COMMUNICATIONS_WITHDRAWN, new CommunicationWithdrawn(CommunicationWithdrawn.SCHEMA_VERSION,
                id, Instant.parse(withdrawnAt), analyst, "the submitter asked by e-mail"));
    }

    /** Projects an analyst's review as if read from the reviewed topic. */
    public void review(CommunicationReviewed review) {
        projectFrom(Topics.COMMUNICATIONS_REVIEWED, review);
    }

    /** One poll's records, all from {@code topic}, with the topic header the binder sets in batch mode. */
    private void projectFrom(Topic<String, ?> topic, Object... events) {
        List<byte[]> records = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        for (Object event : events) {
            records.add(json.writeValueAsBytes(event));
            topics.add(topic.name());
        }
        projection.accept(MessageBuilder.withPayload(records).setHeader(KafkaHeaders.RECEIVED_TOPIC, topics).build());
    }
}
