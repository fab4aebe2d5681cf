package dev.assay.bench.classification;

import dev.assay.bench.text.SampleSubmission;
import dev.assay.bench.text.SampleSubmissions;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * {@code CommunicationReceived} events as intake would publish them, from the benchmark's sample texts: the input of
 * the classification benchmark. Ids are random UUIDs, as intake's are, so keys spread over every partition.
 */
final class ReceivedEvents {

    private final SampleSubmissions samples;

    ReceivedEvents(long seed, int bodyBytes) {
        this.samples = new SampleSubmissions(seed, bodyBytes);
    }

    CommunicationReceived next() {
        return of(samples.next(), UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    static CommunicationReceived of(SampleSubmission s, String id, Instant receivedAt) {
        Submitter submitter = new Submitter(SubmitterType.fromId(s.submitterType()), s.country(), s.organisation(),
                s.name(), s.email());
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, id, receivedAt, Channel.API, submitter,
                s.subject(), s.body(), s.themes().stream().map(Theme::fromId).toList(), s.resolutions(), null);
    }
}
