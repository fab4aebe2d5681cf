package dev.assay.classification.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One labelled communication of a development set, as written in {@code devset.jsonl} or the realistic set's files.
 *
 * @param duplicateOf for a near-duplicate, the item it rewords; null otherwise
 * @param genre       in the realistic set, the kind of text (ministry-letter, news, off-topic…); null in the first
 * @param part        in the realistic set, {@code tuning} or {@code held-out}, fixed in the file; null in the first,
 *                    whose split {@link DevSet} computes
 * @param passages    in the realistic set, for each theme the words of the text that carry it; null in the first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DevSetItem(String id, String language, SubmitterJson submitter, String subject, String body, Expected expected,
                  String kind, String duplicateOf, String note, String genre, String part,
                  Map<String, String> passages) {

    private static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:00:00Z");

    record SubmitterJson(String type, String country) {
    }

    /** The labels: themes (empty exactly when out of scope), resolutions by short id, countries by ISO code. */
    record Expected(List<String> themes, boolean outOfScope, List<String> resolutions, List<String> countries) {

        Set<Theme> themeSet() {
            return themes.stream().map(Theme::fromId).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The item as intake would publish it: no declared themes, so that only the text is judged. */
    CommunicationReceived toCommunication() {
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, id, RECEIVED_AT, Channel.API,
                new Submitter(SubmitterType.fromId(submitter.type()), submitter.country(), null, null, null),
                subject, body, List.of(), List.of(), List.of());
    }

    /** The item whose labels a near-duplicate copies, or the item itself: the two always fall in the same part. */
    String group() {
        return duplicateOf != null ? duplicateOf : id;
    }

    /** What sort of item it is: the first set's kind, the realistic set's genre. */
    String sort() {
        return kind != null ? kind : genre;
    }
}
