package dev.assay.report.campaigns;

import com.mongodb.client.model.Projections;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.report.communications.CommunicationDocuments;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, once per communication, whether a newly classified communication is a copy in a campaign: among the
 * communications listed in its signature's buckets ({@link CampaignBands}) whose signatures differ in at most
 * {@code maxDistance} bits, the one whose text is most similar to it, if at least {@code similarity}
 * ({@link Shingles}). A copy joins that communication's campaign (the candidate's own if the candidate is a copy);
 * anything else is listed in the buckets, as a campaign's possible first member.
 * <p>
 * The projection stores the decision on the communication in the same write as its classification and never asks
 * again, so reclassifying or redelivering a communication does not move it between campaigns. A redelivery after a
 * crash between these writes and the communication's finds the same candidates (and itself, which it skips), so it
 * decides the same. Per batch: one read of the buckets, one read of the candidates' texts (only for signatures within
 * the distance, which unrelated texts almost never are), one write of new bucket entries and one of campaign dates.
 * <p>
 * Communications of one batch are placed in order, each seeing those placed before it, and one instance projects its
 * batches one after the other. Two copies of a new text projected at the same moment by two instances may each see
 * no campaign yet and start two; later copies join one of them. Collapsing then counts that text twice, not 500
 * times.
 */
@Component
public class CampaignFinder {

    /**
     * A bucket stops taking new entries at this size. Random signatures put about fifteen in a bucket at a million
     * communications; a full one means many texts alike in their signature but not in their words (a template with a
     * different name each time, below the similarity threshold), whose candidates the other three bands still find.
     * It bounds what every read of the bucket costs.
     */
    static final int BUCKET_CAPACITY = 500;
    /** The nearest signatures compared on the text, at most, for one communication. */
    static final int COMPARED = 20;
    private static final Comparator<Candidate> BEST = Comparator.comparingDouble(Candidate::similarity).reversed()
            .thenComparing(Candidate::received).thenComparing(Candidate::id);

    private final CampaignBands bands;
    private final CampaignDates dates;
    private final MongoTemplate mongo;
    private final CampaignProperties properties;

    CampaignFinder(CampaignBands bands, CampaignDates dates, MongoTemplate mongo, CampaignProperties properties) {
        this.bands = bands;
        this.dates = dates;
        this.mongo = mongo;
        this.properties = properties;
    }

    /** A finder on its own stores, for what runs without the application context (tests, repairs). */
    public static CampaignFinder of(MongoTemplate mongo, CampaignProperties properties) {
        return new CampaignFinder(new CampaignBands(mongo), new CampaignDates(mongo), mongo, properties);
    }

    /**
     * A text that may start a campaign, as far as this batch knows it. Its shingles are made when it is first compared:
     * most texts are near no other and never are.
     */
    private static final class Known {
        final String id;
        final String campaign;
        final Signature signature;
        final Instant received;
        private final String subject;
        private final String body;
        private Shingles shingles;

        Known(String id, String campaign, Signature signature, String subject, String body, Instant received) {
            this.id = id;
            this.campaign = campaign;
            this.signature = signature;
            this.subject = subject;
            this.body = body;
            this.received = received;
        }

        Shingles shingles() {
            if (shingles == null) {
                shingles = Shingles.of(subject, body);
            }
            return shingles;
        }
    }

    /** A known text compared with the one being placed. */
    private record Candidate(String id, String campaign, double similarity, Instant received, Signature signature) {
    }

    /**
     * @param classified communications classified for the first time, in the order read
     * @return for each one that is a copy, the id of its campaign; the others are absent
     */
    public Map<String, String> place(List<CommunicationClassified> classified) {
        Map<String, Signature> signatures = new LinkedHashMap<>();
        for (CommunicationClassified event : classified) {
            Signature.parse(event.classification().signature())
                    .ifPresent(signature -> signatures.put(event.communicationId(), signature));
        }
        if (signatures.isEmpty()) {
            return Map.of();
        }
        Set<String> buckets = new LinkedHashSet<>();
        signatures.values().forEach(signature -> buckets.addAll(signature.buckets()));
        Map<String, List<CampaignBands.Entry>> listed = bands.read(buckets);
        Map<String, Known> stored = storedCandidates(signatures, listed);

        Map<String, String> copies = new LinkedHashMap<>();
        Map<String, List<Known>> placedInBatch = new HashMap<>();
        List<CampaignBands.Entry> newEntries = new ArrayList<>();
        List<CampaignDates.Joined> joined = new ArrayList<>();
        for (CommunicationClassified event : classified) {
            String id = event.communicationId();
            Signature signature = signatures.get(id);
            if (signature == null) {
                continue;
            }
            CommunicationReceived received = event.communication();
            Known self = new Known(id, id, signature, received.subject(), received.body(), received.receivedAt());
            Optional<Candidate> best = candidates(id, signature, listed, stored, placedInBatch).stream()
                    .map(known -> new Candidate(known.id, known.campaign,
                            self.shingles().similarity(known.shingles()), known.received, known.signature))
                    .filter(candidate -> candidate.similarity() >= properties.similarity())
                    .min(BEST);
            if (best.isPresent()) {
                copies.put(id, best.get().campaign());
                joined.add(new CampaignDates.Joined(best.get().campaign(), best.get().signature(),
                        best.get().received(), received.receivedAt()));
            } else {
                List<String> open = new ArrayList<>();
                for (String bucket : signature.buckets()) {
                    List<Known> placed = placedInBatch.computeIfAbsent(bucket, b -> new ArrayList<>());
                    placed.add(self);
                    if (listed.getOrDefault(bucket, List.of()).size() + placed.size() <= BUCKET_CAPACITY) {
                        open.add(bucket);
                    }
                }
                newEntries.add(new CampaignBands.Entry(id, signature, open));
            }
        }
        bands.register(newEntries);
        dates.joined(joined);
        return copies;
    }

    /** The known texts sharing a bucket with {@code signature} and within the distance, itself left out. */
    private List<Known> candidates(String id, Signature signature, Map<String, List<CampaignBands.Entry>> listed,
                                   Map<String, Known> stored, Map<String, List<Known>> placedInBatch) {
        Map<String, Known> candidates = new LinkedHashMap<>();
        for (String bucket : signature.buckets()) {
            for (CampaignBands.Entry entry : listed.getOrDefault(bucket, List.of())) {
                Known known = stored.get(entry.id());
                if (known != null && !entry.id().equals(id)
                        && entry.signature().distance(signature) <= properties.maxDistance()) {
                    candidates.putIfAbsent(known.id, known);
                }
            }
            for (Known known : placedInBatch.getOrDefault(bucket, List.of())) {
                if (known.signature.distance(signature) <= properties.maxDistance()) {
                    candidates.putIfAbsent(known.id, known);
                }
            }
        }
        return List.copyOf(candidates.values());
    }

    /**
     * The listed communications within the distance of some signature of the batch, with their texts: one read by
     * {@code _id}. Those not (or no longer) readable are left out: withdrawn (their text is gone), or listed by a
     * projection that has not stored them yet.
     */
    private Map<String, Known> storedCandidates(Map<String, Signature> signatures,
                                                Map<String, List<CampaignBands.Entry>> listed) {
        Map<String, Signature> within = new HashMap<>();
        for (Map.Entry<String, Signature> placed : signatures.entrySet()) {
            Signature signature = placed.getValue();
            Map<String, CampaignBands.Entry> near = new HashMap<>();
            for (String bucket : signature.buckets()) {
                for (CampaignBands.Entry entry : listed.getOrDefault(bucket, List.of())) {
                    if (!entry.id().equals(placed.getKey())
                            && entry.signature().distance(signature) <= properties.maxDistance()) {
                        near.put(entry.id(), entry);
                    }
                }
            }
            near.values().stream()
                    .sorted(Comparator.comparingInt((CampaignBands.Entry entry) -> entry.signature().distance(signature))
                            .thenComparing(CampaignBands.Entry::id))
                    .limit(COMPARED)
                    .forEach(entry -> within.put(entry.id(), entry.signature()));
        }
        Map<String, Known> known = new HashMap<>();
        if (within.isEmpty()) {
            return known;
        }
        for (Document document : mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(new Document(CommunicationDocuments.ID, new Document("$in", List.copyOf(within.keySet()))))
                .projection(Projections.include("subject", "body", "receivedAt", "campaign",
                        CommunicationDocuments.CLASSIFIED_AT))) {
            if (document.get(CommunicationDocuments.CLASSIFIED_AT) == null) {
                continue;
            }
            String id = document.getString(CommunicationDocuments.ID);
            Document campaign = document.get("campaign", Document.class);
            // listed before a crash and then found to be a copy: its campaign is the one to join
            String campaignId = campaign != null && campaign.getString("id") != null ? campaign.getString("id") : id;
            known.put(id, new Known(id, campaignId, within.get(id), document.getString("subject"),
                    document.getString("body"), instant(document.get("receivedAt"))));
        }
        return known;
    }

    /** A stored {@code receivedAt}: the events' ISO-8601 text, or a date. */
    static Instant instant(Object stored) {
        return stored instanceof java.util.Date date ? date.toInstant() : Instant.parse(stored.toString());
    }
}
