package dev.assay.report.projection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.report.ClassifiedEvents;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.campaigns.CampaignFinder;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static dev.assay.report.ClassifiedEvents.aClassification;
import dev.assay.report.CampaignLetters;
import dev.assay.report.counters.Dimension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever Kafka does to a sequence of classified, verified and withdrawn events (any order, across the three topics
 * too, any duplication, any cut into polls) and wherever a batch stops half-way before it is delivered again, the
 * counters equal a recount from the communications and the counts of each communication's newest classification, as
 * verified when the channel or an analyst verified it, and nothing for a withdrawn one.
 */
class ProjectionPropertiesTest {

    private static final String[] COUNTRIES = {"KE", "FR", "BR", "FJ", "NP", null};
    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeContainer
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "assay");
    }

    @AfterContainer
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeTry
    void emptyReport() {
        mongo.getCollectionNames().forEach(mongo::dropCollection);
    }

    @Property(tries = 100)
    void anyDeliveryOfTheEventsCountsLikeARecountOfTheNewestClassifications(
            @ForAll("histories") List<Object> events, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        List<Object> deliveries = new ArrayList<>(events);
        for (Object event : events) {
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                deliveries.add(event);
            }
        }
        Collections.shuffle(deliveries, random);
        CounterStore counters = new CounterStore(mongo);
        ProjectedCommunications communications = new ProjectedCommunications(mongo,
                new CommunicationDocuments(JsonMapper.builder().build()));
        CampaignFinder campaigns = CampaignFinder.of(mongo, ProjectionFixture.DEFAULT_CAMPAIGNS);

        for (int from = 0; from < deliveries.size(); ) {
            int to = Math.min(deliveries.size(), from + 1 + random.nextInt(6));
            List<Object> poll = deliveries.subList(from, to);
            if (random.nextInt(3) == 0) {
                CommunicationProjector.Step crashAt = CommunicationProjector.Step.values()[random.nextInt(3)];
                try {
                    new CommunicationProjector(communications, counters, campaigns, step -> {
                        if (step == crashAt) {
                            throw new IllegalStateException("crash");
                        }
                    }).project(poll);
                } catch (IllegalStateException crashed) {
                    // delivered again below, as Kafka would after a restart
                }
            }
            new CommunicationProjector(communications, counters, campaigns).project(poll);
            from = to;
        }
        new MarkerSweeper(counters, communications).sweep();

        Recount.Result recount = new Recount(mongo).run();
        assertThat(recount.differences()).isEmpty();
        assertThat(recount.pending()).isZero();
        assertThat(nonZero(counters.all())).isEqualTo(countsOfTheNewest(events));
        long copies = storedCopies(mongo);
        assertThat(copies(counters.all())).as("copies in campaigns, as copy keys and as sizes")
                .containsEntry("copy:total", copies).containsEntry("campaign", copies);
        if (!letterWithdrawn(mongo)) {
            assertThat(copies).as("every letter but the first is a copy").isEqualTo(Math.max(0, letters(mongo) - 1));
        }
        assertThat(counters.markers()).isEmpty();
        for (org.bson.Document stored : mongo.getCollection(CommunicationDocuments.COLLECTION).find()) {
            if (stored.containsKey("withdrawn")) {
                assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "withdrawn", "countedKeys");
                assertThat(stored.getList("countedKeys", String.class)).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * Up to six communications with zero to three classifications each, at distinct times, zero to two analyst
     * verifications and, one time in four, a withdrawal.
     */
    @Provide
    Arbitrary<List<Object>> histories() {
        Arbitrary<List<Object>> oneCommunication = Combinators.combine(
                Arbitraries.integers().between(0, 999), classification().list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3))
                .as((id, versions, verifications, withdrawal) -> {
                    String communication = "c-" + id;
                    Instant start = Instant.parse("2026-03-02T10:00:00Z");
                    List<Object> history = new ArrayList<>();
                    for (int i = 0; i < versions.size(); i++) {
                        history.add(versions.get(i).apply(communication, start.plusSeconds(60L * i)));
                    }
                    for (int i = 0; i < verifications; i++) {
                        history.add(new SubmitterVerified(1, communication, start.plusSeconds(30L + 60L * i),
                                "analyst-" + i, "checked"));
                    }
                    if (withdrawal == 0) {
                        history.add(new CommunicationWithdrawn(1, communication, start.plusSeconds(3600), "ana",
                                "asked by the submitter"));
                    }
                    return history;
                });
        return oneCommunication.filter(history -> !history.isEmpty()).list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(history -> communicationId(history.get(0)))
                .map(histories -> histories.stream().flatMap(List::stream).toList());
    }

    private static String communicationId(Object event) {
        if (event instanceof CommunicationClassified classified) {
            return classified.communicationId();
        }
        if (event instanceof SubmitterVerified verified) {
            return verified.communicationId();
        }
        return ((CommunicationWithdrawn) event).communicationId();
    }

    private interface Version {
        CommunicationClassified apply(String id, Instant classifiedAt);
    }

    private Arbitrary<Version> classification() {
        return Combinators.combine(
                Arbitraries.of(Theme.values()).set().ofMaxSize(3),
                Arbitraries.of(SubmitterType.values()),
                Arbitraries.of(COUNTRIES),
                Arbitraries.of("en", "fr", "es", "ar", "ru", "zh"),
                Arbitraries.of(Channel.values()),
                Arbitraries.of(List.of(), List.of("5/12"), List.of("4/19", "6/5")))
                .as((themes, type, country, language, channel, resolutions) -> (id, classifiedAt) -> {
                    ClassifiedEvents event = aClassification()
                            .id(id).classifiedAt(classifiedAt).themes(themes.toArray(Theme[]::new))
                            .from(type, country).language(language).channel(channel)
                            .resolutions(resolutions.toArray(String[]::new));
                    if (sendsTheLetter(id)) {
                        // the form letter: the communications sending it form one campaign
                        event.text(CampaignLetters.SUBJECT, CampaignLetters.LETTER + "Signed: " + id)
                                .signature(CampaignLetters.SIGNATURE);
                    }
                    // a third of the classifications come from a channel that verified the submitter
                    return (classifiedAt.getEpochSecond() / 60 + id.length() + themes.size()) % 3 == 0
                            ? event.verified().build() : event.build();
                });
    }

    /** What a recount from scratch would find: the newest classification of each communication not withdrawn. */
    private static Map<String, Long> countsOfTheNewest(List<Object> events) {
        Map<String, CommunicationClassified> newest = new HashMap<>();
        Set<String> verified = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        for (Object event : events) {
            if (event instanceof CommunicationClassified classified) {
                newest.merge(classified.communicationId(), classified,
                        (a, b) -> a.classifiedAt().isAfter(b.classifiedAt()) ? a : b);
            } else if (event instanceof SubmitterVerified verification) {
                verified.add(verification.communicationId());
            } else {
                withdrawn.add(((CommunicationWithdrawn) event).communicationId());
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        newest.values().stream().filter(event -> !withdrawn.contains(event.communicationId()))
                .forEach(event -> CounterKeys.of(event, verified.contains(event.communicationId()))
                        .forEach(key -> counts.merge(key.id(), 1L, Long::sum)));
        return counts;
    }

    /** The non-zero counters of the communications themselves, campaigns' copy keys and sizes left out. */
    private static Map<String, Long> nonZero(List<Counter> counters) {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : counters) {
            if (counter.count() != 0 && !counter.key().copy()
                    && !counter.key().dimensions().contains(Dimension.CAMPAIGN)) {
                counts.put(counter.key().id(), counter.count());
            }
        }
        return counts;
    }

    /** {@code copy:total}, and every campaign's size counter summed under {@code campaign}. */
    private static Map<String, Long> copies(List<Counter> counters) {
        Map<String, Long> counts = new TreeMap<>(Map.of("copy:total", 0L, "campaign", 0L));
        for (Counter counter : counters) {
            if (counter.key().id().equals("copy:total")) {
                counts.put("copy:total", counter.count());
            } else if (!counter.key().isCell() && counter.key().dimension() == Dimension.CAMPAIGN) {
                counts.merge("campaign", counter.count(), Long::sum);
            }
        }
        return counts;
    }

    /** Stored communications, not withdrawn, that are copies in a campaign. */
    private static long storedCopies(MongoTemplate mongo) {
        long copies = 0;
        for (org.bson.Document stored : mongo.getCollection(CommunicationDocuments.COLLECTION).find()) {
            if (stored.get("campaign") != null && !stored.containsKey("withdrawn")) {
                copies++;
            }
        }
        return copies;
    }

    /** Classified communications, not withdrawn, that sent the form letter. */
    private static long letters(MongoTemplate mongo) {
        long letters = 0;
        for (org.bson.Document stored : mongo.getCollection(CommunicationDocuments.COLLECTION).find()) {
            if (CampaignLetters.SUBJECT.equals(stored.getString("subject"))) {
                letters++;
            }
        }
        return letters;
    }

    /** Whether a communication sending the letter was withdrawn: a later letter may then start a campaign anew. */
    private static boolean letterWithdrawn(MongoTemplate mongo) {
        for (org.bson.Document stored : mongo.getCollection(CommunicationDocuments.COLLECTION).find()) {
            if (stored.containsKey("withdrawn") && sendsTheLetter(stored.getString("_id"))) {
                return true;
            }
        }
        return false;
    }

    /** Half the communications, by id, send the form letter in every version of their classification. */
    private static boolean sendsTheLetter(String id) {
        return Integer.parseInt(id.substring(2)) % 2 == 0;
    }

}
