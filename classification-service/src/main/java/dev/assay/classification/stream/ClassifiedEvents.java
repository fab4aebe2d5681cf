package dev.assay.classification.stream;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies a received communication with this build's taxonomy into the event published on
 * {@code communications.classified.v1}, stamped with the time of classification (report-service keeps the newest
 * classification of each communication), and counts it by language and scope.
 */
public final class ClassifiedEvents {

    public static final String CLASSIFIED_METRIC = "assay.classification.classified";

    private final CommunicationClassifier classifier;
    private final Clock clock;
    private final MeterRegistry meters;
    /** The counter of each language and scope, found once: the registry's look-up sorts and hashes the tags. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public ClassifiedEvents(CommunicationClassifier classifier, Clock clock, MeterRegistry meters) {
        this.classifier = classifier;
        this.clock = clock;
        this.meters = meters;
    }

    public CommunicationClassified classify(CommunicationReceived received) {
        Classification classification = classifier.classify(received);
        String scope = classification.outOfScope() ? "out" : "in";
        counters.computeIfAbsent(classification.language() + '/' + scope, key -> meters.counter(CLASSIFIED_METRIC,
                "language", classification.language(), "scope", scope)).increment();
        return new CommunicationClassified(CommunicationClassified.SCHEMA_VERSION, received.id(), clock.instant(),
                received, classification);
    }

    /** The version of the taxonomy every classification made here carries. */
    public String taxonomyVersion() {
        return classifier.taxonomyVersion();
    }
}
