package dev.assay.bench.text;

import java.util.List;

/**
 * One communication as a benchmark sends it: what intake's API accepts, and what becomes a
 * {@code CommunicationReceived} on the topic.
 *
 * @param submitterType a submitter type id such as {@code member-state}
 * @param country       ISO 3166-1 alpha-2, or null for a submitter that speaks for no country
 * @param themes        theme ids the submitter declares
 * @param resolutions   resolution ids such as {@code 5/12}
 */
public record SampleSubmission(Language language, String submitterType, String country, String organisation,
                               String name, String email, String subject, String body, List<String> themes,
                               List<String> resolutions) {
}
