package dev.assay.report.campaigns;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

/** What bounds the cost of finding campaigns when many texts share a signature but not their words. */
class CampaignFinderTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final CampaignFinder finder = CampaignFinder.of(mongo.template(), new CampaignProperties(0.6, 12));

    @Test
    void aBucketStopsTakingEntriesAtItsCapacity() {
        List<CommunicationClassified> templated = new ArrayList<>();
        for (int i = 0; i < CampaignFinder.BUCKET_CAPACITY + 30; i++) {
            String code = Integer.toString(1296 + i * 7919, 36);
            templated.add(aClassification().id("t-" + i).text("Reference " + code, "Filed under " + code
                    + " by desk " + code + " for review " + code).signature("00000000000000ff").build());
        }
        for (int from = 0; from < templated.size(); from += 100) {
            assertThat(finder.place(templated.subList(from, Math.min(templated.size(), from + 100)))).isEmpty();
        }

        for (Document bucket : mongo.template().getCollection(CampaignBands.COLLECTION).find()) {
            assertThat(bucket.getList("members", Document.class)).as(bucket.getString("_id"))
                    .hasSizeLessThanOrEqualTo(CampaignFinder.BUCKET_CAPACITY);
        }
        assertThat(mongo.template().getCollection(CampaignBands.COLLECTION).countDocuments()).isEqualTo(4);
    }
}
