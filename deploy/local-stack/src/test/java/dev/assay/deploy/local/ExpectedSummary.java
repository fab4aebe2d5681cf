package dev.assay.deploy.local;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Theme;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the summary must say about a set of communications, worked out independently of report-service: submitter
 * types, UN regional groups and M49 regions from what was submitted and the reference table; themes, languages and
 * scope from the classification report-service shows for each communication. Blank groupings (a territory without a
 * UN regional group) count nowhere, and a submission without a country counts under {@code withoutCountry} only.
 */
final class ExpectedSummary {

    private ExpectedSummary() {
    }

    /**
     * @param submissions     what was sent to intake
     * @param classifications what report-service shows for each of them
     */
    static AssayApi.SummaryCounts of(Collection<Submission> submissions, Collection<Classification> classifications) {
        Map<String, Long> byTheme = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            byTheme.put(theme.id(), classifications.stream()
                    .filter(c -> c.themes().stream().map(ThemeTag::id).anyMatch(theme::equals)).count());
        }
        return new AssayApi.SummaryCounts(submissions.size(), byTheme,
                count(submissions.stream().map(s -> s.type().id())),
                count(submissions.stream().map(s -> country(s).map(Country::unRegionalGroup).orElse(""))),
                count(submissions.stream().map(s -> country(s).map(Country::region).orElse(""))),
                count(classifications.stream().map(c -> c.language() == null ? "" : c.language())),
                submissions.stream().filter(s -> s.country() == null).count(),
                classifications.stream().filter(Classification::outOfScope).count());
    }

    private static Optional<Country> country(Submission submission) {
        return Countries.reference().find(submission.country());
    }

    private static Map<String, Long> count(Stream<String> values) {
        return values.filter(v -> !v.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
