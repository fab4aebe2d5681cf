package dev.assay.contracts.events;

import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommunicationClassifiedTest {

    @Test
    void refusesAnIdThatDiffersFromTheCommunications() {
        CommunicationReceived communication = Communications.aCommunication().id("a").build();

        assertThatIllegalArgumentException().isThrownBy(() -> new CommunicationClassified(1, "b", Instant.now(),
                communication, GoldenEvents.classified().classification()))
                .withMessageContaining("differs");
    }

    @Test
    void anOutOfScopeClassificationCannotCarryThemes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification("en", null,
                List.of(new ThemeTag(Theme.BEST_PRACTICES, 0.5, List.of())), true, "mineral fuels",
                List.of(), List.of(), List.of(), null, "0", "t"));
    }

    @Test
    void aThemeScoreOutsideZeroToOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ThemeTag(Theme.BEST_PRACTICES, 1.2, List.of()));
    }
}
