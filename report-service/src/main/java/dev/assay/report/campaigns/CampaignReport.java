package dev.assay.report.campaigns;

import com.mongodb.client.model.Projections;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the campaigns: their copies and senders from the counters (one read by {@code _id} prefix), their dates from
 * the {@code campaigns} collection and their first members from the communications (both by {@code _id}). It reads
 * as many documents as there are campaigns of two or more, never the communications at large.
 */
@Component
public class CampaignReport {

    /** Longer texts are cut here; the whole text is one request away ({@code GET /api/v1/communications/{id}}). */
    static final int EXCERPT = 2000;
    private static final String COUNTED_KEYS = "countedKeys";
    /** A campaign's copies: one counter per campaign, its value the id of the campaign's first member. */
    private static final String COPIES = CounterKey.prefix(List.of(Dimension.CAMPAIGN));
    private static final Comparator<CampaignSummary> LARGEST = Comparator.comparingLong(CampaignSummary::copies)
            .reversed().thenComparing(CampaignSummary::id);

    /**
     * What to list: campaigns of at least {@code minSize} members, active in the months from {@code from} to
     * {@code to} (either open), with a sender in the UN regional group or M49 region given (null: any).
     */
    record Query(int minSize, int limit, YearMonth from, YearMonth to, String unRegionalGroup, String m49Region) {
    }

    private final CounterStore counters;
    private final CampaignDates dates;
    private final MongoTemplate mongo;

    CampaignReport(CounterStore counters, CampaignDates dates, MongoTemplate mongo) {
        this.counters = counters;
        this.dates = dates;
        this.mongo = mongo;
    }

    CampaignList list(Query query, boolean analyst, Instant now, Map<String, String> echoed) {
        // one read: the campaigns' copies and, in cells, their copies by the senders' regions
        List<Counter> read = counters.withPrefixes(List.of(COPIES,
                CounterKey.prefix(List.of(Dimension.UN_REGIONAL_GROUP, Dimension.CAMPAIGN)),
                CounterKey.prefix(List.of(Dimension.M49_REGION, Dimension.CAMPAIGN))));
        Map<String, Long> copies = copiesByFirstMember(read);
        Map<String, Map<String, Map<String, Long>>> senders = new HashMap<>();
        for (Counter counter : read) {
            CounterKey key = counter.key();
            if (counter.count() <= 0 || !key.isCell()) {
                continue;
            }
            CounterKey.Coordinate region = key.coordinates().get(0);
            String campaign = key.coordinates().get(1).value();
            senders.computeIfAbsent(campaign, c -> new LinkedHashMap<>())
                    .computeIfAbsent(region.dimension().id(), d -> new TreeMap<>())
                    .merge(region.value(), counter.count(), Long::sum);
        }
        Map<String, CampaignDates.Dates> stored = dates.find(copies.keySet());
        List<String> candidates = copies.keySet().stream()
                .filter(id -> copies.get(id) + 1 >= query.minSize() && stored.containsKey(id)
                        && active(stored.get(id), query))
                .toList();
        Map<String, Document> first = firstMembers(candidates, analyst);
        List<CampaignSummary> matching = new ArrayList<>();
        for (String id : candidates) {
            CampaignSummary summary = summary(id, copies.get(id), stored.get(id), senders.get(id), first.get(id),
                    analyst);
            if (summary.size() >= query.minSize() && sentFrom(summary, query)) {
                matching.add(summary);
            }
        }
        matching.sort(LARGEST);
        long communications = matching.stream().mapToLong(CampaignSummary::size).sum();
        return new CampaignList(now, echoed, matching.size(), communications,
                List.copyOf(matching.subList(0, Math.min(query.limit(), matching.size()))));
    }

    /**
     * Every campaign's copies (its members besides the first) by the id of its first member, which is the campaign's
     * id; a campaign whose copies were all withdrawn is left out. One read of one counter per campaign, by {@code _id}
     * prefix.
     */
    public Map<String, Long> copiesByFirstMember() {
        return copiesByFirstMember(counters.withPrefixes(List.of(COPIES)));
    }

    /** The campaigns' copy counters among these (the cells of a campaign by region are not counted here). */
    private static Map<String, Long> copiesByFirstMember(List<Counter> read) {
        Map<String, Long> copies = new HashMap<>();
        for (Counter counter : read) {
            if (counter.count() > 0 && !counter.key().isCell()) {
                copies.put(counter.key().value(), counter.count());
            }
        }
        return copies;
    }

    private static boolean active(CampaignDates.Dates dates, Query query) {
        Instant start = ReportFilter.start(query.from());
        Instant end = ReportFilter.end(query.to());
        return (start == null || !dates.last().isBefore(start)) && (end == null || dates.first().isBefore(end));
    }

    private static boolean sentFrom(CampaignSummary summary, Query query) {
        return sentFrom(summary, Dimension.UN_REGIONAL_GROUP, query.unRegionalGroup())
                && sentFrom(summary, Dimension.M49_REGION, query.m49Region());
    }

    private static boolean sentFrom(CampaignSummary summary, Dimension dimension, String value) {
        return value == null || summary.senders().getOrDefault(dimension.id(), Map.of()).getOrDefault(value, 0L) > 0;
    }

    /** The first members of these campaigns (which are their ids), by id: one read. */
    private Map<String, Document> firstMembers(List<String> ids, boolean withText) {
        Map<String, Document> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> fields = new ArrayList<>(List.of(COUNTED_KEYS, "receivedAt", "classification.language",
                CommunicationDocuments.WITHDRAWN, CommunicationDocuments.CLASSIFIED_AT));
        if (withText) {
            fields.addAll(List.of("subject", "body"));
        }
        for (Document document : mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(new Document(CommunicationDocuments.ID, new Document("$in", ids)))
                .projection(Projections.include(fields))) {
            found.put(document.getString(CommunicationDocuments.ID), document);
        }
        return found;
    }

    private static CampaignSummary summary(String id, long copies, CampaignDates.Dates dates,
                                           Map<String, Map<String, Long>> copiesFrom, Document first,
                                           boolean analyst) {
        boolean counted = first != null && first.get(CommunicationDocuments.WITHDRAWN) == null
                && first.get(CommunicationDocuments.CLASSIFIED_AT) != null;
        Map<String, Map<String, Long>> senders = new LinkedHashMap<>();
        for (Dimension dimension : List.of(Dimension.UN_REGIONAL_GROUP, Dimension.M49_REGION)) {
            senders.put(dimension.id(), new TreeMap<>(copiesFrom == null ? Map.of()
                    : copiesFrom.getOrDefault(dimension.id(), Map.of())));
        }
        List<String> themes = new ArrayList<>();
        if (counted) {
            for (String key : first.getList(COUNTED_KEYS, String.class, List.of())) {
                CounterKey.parse(key).filter(k -> !k.copy() && !k.isCell()).ifPresent(k -> {
                    if (k.dimension() == Dimension.THEME) {
                        themes.add(k.value());
                    } else if (senders.containsKey(k.dimension().id())) {
                        senders.get(k.dimension().id()).merge(k.value(), 1L, Long::sum);
                    }
                });
            }
        }
        return new CampaignSummary(id, copies + (counted ? 1 : 0), copies, dates.first(), dates.last(), senders,
                themes, analyst ? representative(id, first, counted) : null);
    }

    private static CampaignSummary.Representative representative(String id, Document first, boolean counted) {
        if (!counted) {
            return new CampaignSummary.Representative(id, null, null, null, null, true);
        }
        Document classification = first.get("classification", Document.class);
        String body = first.getString("body");
        return new CampaignSummary.Representative(id, CampaignFinder.instant(first.get("receivedAt")),
                classification == null ? null : classification.getString("language"), first.getString("subject"),
                body != null && body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body, false);
    }
}
