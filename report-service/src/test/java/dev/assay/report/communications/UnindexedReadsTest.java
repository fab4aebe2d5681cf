package dev.assay.report.communications;

import dev.assay.contracts.fixtures.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a server without secondary indexes (the embedded one), reads that match communications by anything but their id
 * run up to a limit of stored communications and are refused beyond it, with what to do instead.
 */
class UnindexedReadsTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @BeforeEach
    void threeCommunications() {
        for (int i = 0; i < 3; i++) {
            mongo.template().getCollection(CommunicationDocuments.COLLECTION).insertOne(new Document("_id", "c-" + i));
        }
    }

    @Test
    void upToTheLimitTheReadRuns() {
        assertThatCode(() -> new UnindexedReads(mongo.template(), 3).check("the list")).doesNotThrowAnyException();
    }

    @Test
    void beyondTheLimitTheReadIsRefusedSayingWhatToDoInstead() {
        assertThatThrownBy(() -> new UnindexedReads(mongo.template(), 2).check("the list"))
                .isInstanceOf(dev.assay.report.web.ReadRefusedException.class)
                .hasMessageStartingWith("The list would read each of the 3 communications stored")
                .hasMessageContaining("up to 2 communications")
                .hasMessageContaining("run report-service on MongoDB");
    }
}
