package dev.assay.classification.commands;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which communications a reclassification takes. */
class ReclassificationFilterTest {

    private static final ReclassificationFilter ALL = new ReclassificationFilter(null, null, null, null, null);

    @Test
    void datesAreUtcDaysAndBothEndsAreIncluded() {
        ReclassificationFilter january = new ReclassificationFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                null, null, null);

        assertThat(january.matches(receivedAt("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(january.matches(receivedAt("2026-01-31T23:59:59Z"))).isTrue();
        assertThat(january.matches(receivedAt("2025-12-31T23:59:59Z"))).isFalse();
        assertThat(january.matches(receivedAt("2026-02-01T00:00:00Z"))).isFalse();
    }

    @Test
    void everyCriterionGivenMustHold() {
        ReclassificationFilter kenyaByForm = new ReclassificationFilter(null, null, Channel.WEB_FORM, "KE", null);

        assertThat(kenyaByForm.matches(Communications.aCommunication().channel(Channel.WEB_FORM)
                .from(SubmitterType.MEMBER_STATE, "KE").build())).isTrue();
        assertThat(kenyaByForm.matches(Communications.aCommunication().channel(Channel.EMAIL)
                .from(SubmitterType.MEMBER_STATE, "KE").build())).isFalse();
        assertThat(kenyaByForm.matches(Communications.aCommunication().channel(Channel.WEB_FORM)
                .from(SubmitterType.MEMBER_STATE, "FR").build())).isFalse();
        assertThat(kenyaByForm.matches(Communications.aCommunication().channel(Channel.WEB_FORM)
                .from(SubmitterType.STAKEHOLDER, null).build())).isFalse();
    }

    @Test
    void idsPickCommunications() {
        ReclassificationFilter two = new ReclassificationFilter(null, null, null, null, Set.of("a", "b"));

        assertThat(two.matches(Communications.aCommunication().id("a").build())).isTrue();
        assertThat(two.matches(Communications.aCommunication().id("c").build())).isFalse();
    }

    @Test
    void noCriteriaMatchEverything() {
        assertThat(ALL.matches(Communications.aCommunication().from(SubmitterType.STAKEHOLDER, null).build())).isTrue();
    }

    private static CommunicationReceived receivedAt(String instant) {
        return Communications.aCommunication().receivedAt(Instant.parse(instant)).build();
    }
}
