package dev.assay.bench.projection;

import dev.assay.bench.text.SampleSubmission;
import dev.assay.bench.text.SampleSubmissions;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * {@code CommunicationClassified} events as classification-service would publish them for the benchmark's sample
 * texts: the declared themes and resolutions stand for the classifier's, the submitter's country gives the region.
 * Ids are random UUIDs, as intake's are, so keys spread over every partition.
 */
final class ClassifiedEvents {

    private static final Channel[] CHANNELS = Channel.values();
    private final SampleSubmissions samples;
    private long made;

    ClassifiedEvents(long seed, int bodyBytes) {
        this.samples = new SampleSubmissions(seed, bodyBytes);
    }

    CommunicationClassified next() {
        SampleSubmission s = samples.next();
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Theme> themes = s.themes().stream().map(Theme::fromId).toList();
        CommunicationReceived received = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, id, now,
                CHANNELS[(int) (made++ % CHANNELS.length)],
                new Submitter(SubmitterType.fromId(s.submitterType()), s.country(), s.organisation(), s.name(),
                        s.email()),
                s.subject(), s.body(), themes, s.resolutions(), null);
        SubmitterRegion region = Countries.reference().find(s.country()).map(Country::toRegion).orElse(null);
        Classification classification = new Classification(s.language().code(), null,
                themes.stream().map(theme -> new ThemeTag(theme, 0.8, List.of())).toList(), false, null,
                s.resolutions(), List.of(), List.of(), region, Long.toHexString(id.hashCode()), "2026.1");
        return new CommunicationClassified(CommunicationClassified.SCHEMA_VERSION, id, now, received, classification);
    }
}
