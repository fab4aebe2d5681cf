package dev.assay.bench.dashboard;

import dev.assay.bench.workbench.WorkbenchCommunications;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedCountersTest {

    private static WorkbenchCommunications generator() {
        return new WorkbenchCommunications(11, 300);
    }

    @Test
    void aSampleAndTheCommunicationsAfterItCountAsTheWholeSequence() {
        // given the first 1 000 (the projected sample) and the next 3 000 counted apart
        GeneratedCounters.Counted sample = GeneratedCounters.count(generator(), 0, 1_000);
        GeneratedCounters.Counted rest = GeneratedCounters.count(generator(), 1_000, 3_000);

        // when both are added up
        Map<String, Long> added = new HashMap<>(sample.sums());
        rest.sums().forEach((id, n) -> added.merge(id, n, Long::sum));

        // then they are the counters of the 4 000 counted at once
        GeneratedCounters.Counted whole = GeneratedCounters.count(generator(), 0, 4_000);
        assertThat(added).isEqualTo(whole.sums());
        assertThat(whole.sums()).containsEntry("total", 4_000L);
        assertThat(rest.sums()).containsEntry("total", 3_000L);
    }

    @Test
    void campaignCopiesCountInTheirCampaignAndItsCopyKeysAndFirstMembersDoNot() {
        WorkbenchCommunications generator = generator();

        GeneratedCounters.Counted counted = GeneratedCounters.count(generator, 0, 20_000);

        // every campaign's first member is in none
        assertThat(counted.copies()).isEqualTo(generator.campaignCopies() - generator.campaigns());
        assertThat(counted.sums()).containsEntry("copy:total", counted.copies());
        long inCampaigns = counted.sums().entrySet().stream().filter(e -> e.getKey().startsWith("campaign|"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(inCampaigns).isEqualTo(counted.copies());
        assertThat(counted.onInsert().get("theme&unRegionalGroup|best-practices&AFRICAN"))
                .containsEntry("dimension", "theme&unRegionalGroup")
                .containsEntry("value", "best-practices&AFRICAN");
        assertThat(counted.onInsert().keySet()).isEqualTo(counted.sums().keySet());
    }
}
