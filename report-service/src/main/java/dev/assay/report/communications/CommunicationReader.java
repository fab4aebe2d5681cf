package dev.assay.report.communications;

import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Looks up one projected communication by id, which is the document's {@code _id}: one indexed read, and for the
 * campaign it belongs to, one counter and at most one more communication read by {@code _id}.
 */
@Component
class CommunicationReader {

    /** A classified communication, or what is left of a withdrawn one. */
    record Stored(CommunicationView view, Withdrawal withdrawal) {

        boolean withdrawn() {
            return withdrawal != null;
        }
    }

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;
    private final CounterStore counters;

    CommunicationReader(MongoTemplate mongo, CommunicationDocuments documents, CounterStore counters) {
        this.mongo = mongo;
        this.documents = documents;
        this.counters = counters;
    }

    /** Empty until the communication is classified (a verification may have arrived before it: still empty). */
    Optional<Stored> find(String id) {
        Document document = mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(new Document(CommunicationDocuments.ID, id))
                .projection(documents.viewFields())
                .first();
        if (document == null) {
            return Optional.empty();
        }
        Withdrawal withdrawal = documents.entry(document, CommunicationDocuments.WITHDRAWN, Withdrawal.class);
        if (withdrawal != null) {
            return Optional.of(new Stored(null, withdrawal));
        }
        if (document.get(CommunicationDocuments.CLASSIFIED_AT) == null) {
            return Optional.empty();
        }
        return Optional.of(new Stored(documents.fromDocument(document), null));
    }

    /**
     * The communication's campaign with its size now: a copy's from its stored membership, a first member's from its
     * campaign's counter (a first member's own document is written before any copy exists); null in none. The size
     * counts the copies and the first member unless it was withdrawn.
     */
    private CampaignMembership campaign(CommunicationView view) {
        String campaign = view.campaignCopied() != null ? view.campaignCopied() : view.id();
        long copies = counters.count(CounterKey.of(Dimension.CAMPAIGN, campaign));
        if (copies == 0) {
            return view.campaignCopied() == null ? null : view.campaign().withSize(0);
        }
        boolean firstCounts = view.campaignCopied() == null || find(campaign).filter(s -> !s.withdrawn()).isPresent();
        String role = view.campaignCopied() == null ? CampaignMembership.REPRESENTATIVE : CampaignMembership.COPY;
        return new CampaignMembership(campaign, role, copies + (firstCounts ? 1 : 0));
    }

    /** The communication, classified and not withdrawn, or the problem that says why there is none. */
    CommunicationView require(String id) {
        Stored stored = find(id).orElseThrow(() -> new CommunicationNotFoundException(id));
        if (stored.withdrawn()) {
            throw new CommunicationWithdrawnException(id, stored.withdrawal());
        }
        return stored.view();
    }

    /** As {@link #require}, with its campaign and the campaign's size, as the API shows a communication. */
    CommunicationView requireWithCampaign(String id) {
        CommunicationView view = require(id);
        return view.withCampaign(campaign(view));
    }
}
