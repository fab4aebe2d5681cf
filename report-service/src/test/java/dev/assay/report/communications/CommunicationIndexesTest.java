package dev.assay.report.communications;

import dev.assay.contracts.fixtures.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommunicationIndexesTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void theEmbeddedServerGetsNoIndexItWouldOnlyPayFor() {
        mongo.template().getCollection(CommunicationDocuments.COLLECTION).insertOne(new Document("_id", "c-1"));

        boolean declared = new CommunicationIndexes(mongo.template()).declare();

        assertThat(declared).isFalse();
        List<Document> indexes = mongo.template().getCollection(CommunicationDocuments.COLLECTION).listIndexes()
                .into(new ArrayList<>());
        assertThat(indexes).extracting(index -> index.getString("name")).containsExactly("_id_");
    }

    @Test
    void mongoDbIsToldApartByTheGitVersionItsBuildInfoNames() {
        assertThat(CommunicationIndexes.isMongoDb(new Document("version", "8.0.4").append("gitVersion", "bc35ab4"))).isTrue();
        assertThat(CommunicationIndexes.isMongoDb(new Document("version", "3.6.0"))).isFalse();
    }
}
