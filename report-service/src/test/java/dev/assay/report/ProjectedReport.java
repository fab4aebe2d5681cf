package dev.assay.report;

import dev.assay.contracts.events.CommunicationClassified;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import tools.jackson.databind.json.JsonMapper;

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
        List<byte[]> records = new ArrayList<>();
        for (CommunicationClassified event : events) {
            records.add(json.writeValueAsBytes(event));
        }
        projection.accept(MessageBuilder.withPayload(records).build());
    }
}
