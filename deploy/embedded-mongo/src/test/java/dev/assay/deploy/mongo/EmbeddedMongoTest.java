package dev.assay.deploy.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @TempDir
    Path dir;

    @Test
    void documentWrittenBeforeAStopIsReadBackAfterARestartOnTheSameFile() {
        Path file = dir.resolve("mongo").resolve("assay.mv.db");
        MongoSettings settings = new MongoSettings("127.0.0.1", 0, file);

        try (EmbeddedMongo first = EmbeddedMongo.start(settings); MongoClient client = client(first)) {
            communications(client).insertOne(new Document("_id", "c-1").append("subject", "Tailings reprocessing"));
        }
        assertThat(file).isRegularFile();

        try (EmbeddedMongo second = EmbeddedMongo.start(settings); MongoClient client = client(second)) {
            Document found = communications(client).find(eq("_id", "c-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("subject")).isEqualTo("Tailings reprocessing");
            assertThat(communications(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aRandomPortIsReportedInTheConnectionString() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(new MongoSettings("127.0.0.1", 0, dir.resolve("a.mv.db")))) {
            assertThat(mongo.port()).isPositive();
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedMongo mongo = EmbeddedMongo.start(new MongoSettings("127.0.0.1", 0, dir.resolve("b.mv.db")));
        mongo.close();
        mongo.close();
        assertThat(dir.resolve("b.mv.db")).isRegularFile();
    }

    private static MongoClient client(EmbeddedMongo mongo) {
        return MongoClients.create(mongo.connectionString());
    }

    private static MongoCollection<Document> communications(MongoClient client) {
        return client.getDatabase("assay").getCollection("communications");
    }
}
