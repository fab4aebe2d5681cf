package dev.assay.bench.workbench;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchCommunicationsTest {

    /** What {@link WorkbenchCommunications#nearCopy} puts around a campaign's text. */
    private static final Pattern COPY = Pattern.compile("(?s)Contact\\d+, \\p{L}+\\. (.*) Contact\\d+");

    private static List<CommunicationClassified> generate(long seed, int count) {
        return generate(seed, count, 600);
    }

    private static List<CommunicationClassified> generate(long seed, int count, int bodyBytes) {
        WorkbenchCommunications generator = new WorkbenchCommunications(seed, bodyBytes);
        return Stream.generate(generator).limit(count).toList();
    }

    @Test
    void theSameSeedMakesTheSameCommunicationsAndAnotherSeedOthers() {
        List<CommunicationClassified> first = generate(7, 3000);

        assertThat(generate(7, 3000)).isEqualTo(first);
        assertThat(generate(8, 3000).get(0).communicationId()).isNotEqualTo(first.get(0).communicationId());
        assertThat(first.stream().map(CommunicationClassified::communicationId).distinct()).hasSize(3000);
    }

    @Test
    void coversTheSixLanguagesEveryRegionalGroupEveryTypeAndChannelAndEveryMonthOf2026() {
        List<CommunicationClassified> events = generate(11, 20_000);

        assertThat(events.stream().map(e -> e.classification().language()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ar", "en", "es", "fr", "ru", "zh");
        assertThat(events.stream().map(e -> e.classification().region()).filter(Objects::nonNull)
                .map(r -> r.unRegionalGroup()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG");
        assertThat(events.stream().map(e -> e.communication().submitter().type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SubmitterType.values());
        assertThat(events.stream().map(e -> e.communication().channel()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Channel.values());
        assertThat(events.stream().map(e -> YearMonth.from(e.communication().receivedAt().atZone(ZoneOffset.UTC)))
                .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(
                Stream.iterate(YearMonth.of(2026, 1), m -> m.plusMonths(1)).limit(12).toList());
        assertThat(events).allSatisfy(e -> assertThat(e.classification().signature()).matches("[0-9a-f]{16}"));
    }

    @Test
    void twoPercentAreCampaignCopiesInCampaignsOfTenToFiveHundred() {
        List<CommunicationClassified> events = generate(11, 60_000);

        Map<String, List<CommunicationClassified>> campaigns = campaigns(events);
        long copies = campaigns.values().stream().mapToLong(List::size).sum();

        assertThat(copies / 60_000.0).isBetween(0.015, 0.025);
        assertThat(campaigns.values()).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(500));
        // only the campaigns still open when generation stopped may be smaller than the smallest campaign
        assertThat(campaigns.values().stream().filter(c -> c.size() < 10)).hasSizeLessThanOrEqualTo(4);
        assertThat(campaigns.values().stream().filter(c -> c.size() >= 10)).isNotEmpty();
    }

    @Test
    void aCampaignsCopiesAreNearDuplicatesOfItsFirstAndUniqueTextsAreNot() {
        // the benchmark's body size: a few words changed in a shorter text would change a larger share of it
        List<CommunicationClassified> events = generate(11, 30_000, 2000);

        for (List<CommunicationClassified> campaign : campaigns(events).values()) {
            CommunicationClassified first = campaign.get(0);
            for (CommunicationClassified copy : campaign) {
                assertThat(distance(copy, first)).isLessThanOrEqualTo(2 * WorkbenchCommunications.MAX_FLIPPED_BITS);
                // well above report-service's default threshold (0.6)
                assertThat(similarity(copy.communication().body(), first.communication().body()))
                        .isGreaterThan(0.85);
            }
        }
        List<CommunicationClassified> unique = events.stream()
                .filter(e -> !COPY.matcher(e.communication().body()).matches()).limit(2001).toList();
        double meanDistance = 0;
        for (int i = 1; i < unique.size(); i++) {
            meanDistance += distance(unique.get(i), unique.get(i - 1)) / 2000.0;
        }
        assertThat(meanDistance).isBetween(30.0, 34.0);
    }

    @Test
    void aNearCopyChangesOnlyTheWordsAroundTheText() {
        String copy = WorkbenchCommunications.nearCopy("We support international cooperation.", "Contact12", "Lima");

        assertThat(copy).isEqualTo("Contact12, Lima. We support international cooperation. Contact12");
    }

    /** Campaign copies by the text they copy: the body without the sender's name and town around it. */
    private static Map<String, List<CommunicationClassified>> campaigns(List<CommunicationClassified> events) {
        Map<String, List<CommunicationClassified>> campaigns = new LinkedHashMap<>();
        for (CommunicationClassified event : events) {
            Matcher copy = COPY.matcher(event.communication().body());
            if (copy.matches()) {
                campaigns.computeIfAbsent(event.classification().language() + "|" + copy.group(1),
                        text -> new ArrayList<>()).add(event);
            }
        }
        return campaigns;
    }

    private static int distance(CommunicationClassified a, CommunicationClassified b) {
        return Long.bitCount(Long.parseUnsignedLong(a.classification().signature(), 16)
                ^ Long.parseUnsignedLong(b.classification().signature(), 16));
    }

    /** Jaccard similarity of word 3-shingles (Chinese, written without spaces, as character pairs). */
    private static double similarity(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }

    private static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    words.add(word.substring(i, i + 2));
                }
            } else {
                words.add(word);
            }
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 3)));
        }
        return shingles;
    }
}
