package dev.assay.report.projection;

import com.mongodb.client.model.Filters;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.report.campaigns.CampaignFinder;
import dev.assay.report.campaigns.CampaignProperties;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterStore;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The projection's collaborators wired by hand against an in-memory MongoDB, with helpers to read what it wrote. */
public final class ProjectionFixture {

    /** What application.yml sets. */
    static final CampaignProperties DEFAULT_CAMPAIGNS = new CampaignProperties(0.6, 12);

    final CounterStore counters;
    final ProjectedCommunications communications;
    /** Campaigns as the service's defaults find them. */
    final CampaignFinder campaigns;
    private final InMemoryMongo mongo;

    public ProjectionFixture(InMemoryMongo mongo) {
        this.mongo = mongo;
        this.counters = new CounterStore(mongo.template());
        this.communications = new ProjectedCommunications(mongo.template(),
                new CommunicationDocuments(JsonMapper.builder().build()));
        this.campaigns = CampaignFinder.of(mongo.template(), DEFAULT_CAMPAIGNS);
    }

    /** Projects one batch of events, for tests of what reads the projection's output. */
    public void project(List<?> events) {
        projector().project(events);
    }

    CommunicationProjector projector() {
        return new CommunicationProjector(communications, counters, campaigns);
    }

    /** A projector that stops, as a crash would, when it reaches {@code step}. */
    CommunicationProjector crashingAt(CommunicationProjector.Step step) {
        return new CommunicationProjector(communications, counters, campaigns, reached -> {
            if (reached == step) {
                throw new SimulatedCrash(step);
            }
        });
    }

    /** Every one-coordinate counter ({@code theme|best-practices}, {@code total}) not at zero, by counter id. */
    Map<String, Long> counts() {
        return counts(false);
    }

    /** Every counter not at zero, cells included, by counter id. */
    Map<String, Long> allCounts() {
        Map<String, Long> counts = counts(false);
        counts.putAll(counts(true));
        return counts;
    }

    /** Every cell ({@code country&theme|KE&best-practices}) not at zero, by counter id. */
    Map<String, Long> cells() {
        return counts(true);
    }

    private Map<String, Long> counts(boolean cells) {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : counters.all()) {
            if (counter.count() != 0 && counter.key().isCell() == cells) {
                counts.put(counter.key().id(), counter.count());
            }
        }
        return counts;
    }

    Document stored(String id) {
        return mongo.template().getCollection(CommunicationDocuments.COLLECTION).find(Filters.eq("_id", id)).first();
    }

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(CommunicationProjector.Step step) {
            super("simulated crash at " + step);
        }
    }
}
