package dev.assay.report.projection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever Kafka does to a sequence of classified events (any order, any duplication, any cut into polls) and wherever
 * a batch stops half-way before it is delivered again, the counters equal a recount from the communications and the
 * counts of each communication's newest classification.
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
            @ForAll("histories") List<CommunicationClassified> events, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        List<CommunicationClassified> deliveries = new ArrayList<>(events);
        for (CommunicationClassified event : events) {
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                deliveries.add(event);
            }
        }
        Collections.shuffle(deliveries, random);
        CounterStore counters = new CounterStore(mongo);
        ProjectedCommunications communications = new ProjectedCommunications(mongo,
                new CommunicationDocuments(JsonMapper.builder().build()));

        for (int from = 0; from < deliveries.size(); ) {
            int to = Math.min(deliveries.size(), from + 1 + random.nextInt(6));
            List<CommunicationClassified> poll = deliveries.subList(from, to);
            if (random.nextInt(3) == 0) {
                CommunicationProjector.Step crashAt = CommunicationProjector.Step.values()[random.nextInt(3)];
                try {
                    new CommunicationProjector(communications, counters, step -> {
                        if (step == crashAt) {
                            throw new IllegalStateException("crash");
                        }
                    }).project(poll);
                } catch (IllegalStateException crashed) {
                    // delivered again below, as Kafka would after a restart
                }
            }
            new CommunicationProjector(communications, counters).project(poll);
            from = to;
        }
        new MarkerSweeper(counters, communications).sweep();

        Recount.Result recount = new Recount(mongo).run();
        assertThat(recount.differences()).isEmpty();
        assertThat(recount.pending()).isZero();
        assertThat(nonZero(counters.all())).isEqualTo(countsOfTheNewest(events));
        assertThat(counters.markers()).isEmpty();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Up to six communications with one to three classifications each, at distinct times. */
    @Provide
    Arbitrary<List<CommunicationClassified>> histories() {
        Arbitrary<List<CommunicationClassified>> oneCommunication = Combinators.combine(
                Arbitraries.integers().between(0, 999), classification().list().ofMinSize(1).ofMaxSize(3))
                .as((id, versions) -> {
                    List<CommunicationClassified> history = new ArrayList<>();
                    for (int i = 0; i < versions.size(); i++) {
                        history.add(versions.get(i).apply("c-" + id, Instant.parse("2026-03-02T10:00:00Z")
                                .plusSeconds(60L * i)));
                    }
                    return history;
                });
        return oneCommunication.list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(history -> history.get(0).communicationId())
                .map(histories -> histories.stream().flatMap(List::stream).toList());
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
                .as((themes, type, country, language, channel, resolutions) -> (id, classifiedAt) -> aClassification()
                        .id(id).classifiedAt(classifiedAt).themes(themes.toArray(Theme[]::new))
                        .from(type, country).language(language).channel(channel)
                        .resolutions(resolutions.toArray(String[]::new)).build());
    }

    private static Map<String, Long> countsOfTheNewest(List<CommunicationClassified> events) {
        Map<String, CommunicationClassified> newest = new HashMap<>();
        for (CommunicationClassified event : events) {
            newest.merge(event.communicationId(), event,
                    (a, b) -> a.classifiedAt().isAfter(b.classifiedAt()) ? a : b);
        }
        Map<String, Long> counts = new TreeMap<>();
        newest.values().forEach(event -> CounterKeys.of(event).forEach(key -> counts.merge(key.id(), 1L, Long::sum)));
        return counts;
    }

    private static Map<String, Long> nonZero(List<Counter> counters) {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : counters) {
            if (counter.count() != 0) {
                counts.put(counter.key().id(), counter.count());
            }
        }
        return counts;
    }

}
