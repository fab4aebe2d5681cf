package dev.assay.intake.submission;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RandomIdsTest {

    @Test
    void anIdIsARandomVersion4UuidInCanonicalForm() {
        String id = RandomIds.next();

        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.toString()).isEqualTo(id);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void idsDrawnOnManyThreadsAtOnceAreAllDifferent() {
        Set<String> ids = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 20_000).parallel().forEach(i -> ids.add(RandomIds.next()));

        assertThat(ids).hasSize(20_000);
    }

    @Test
    void everyRandomBitVaries() {
        long mostOr = 0, mostAnd = -1, leastOr = 0, leastAnd = -1;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            UUID uuid = UUID.fromString(RandomIds.next());
            mostOr |= uuid.getMostSignificantBits();
            mostAnd &= uuid.getMostSignificantBits();
            leastOr |= uuid.getLeastSignificantBits();
            leastAnd &= uuid.getLeastSignificantBits();
            seen.add(uuid.getMostSignificantBits());
        }
        // only the version nibble (0100) and the variant bits (10) are fixed
        assertThat(mostOr ^ mostAnd).isEqualTo(~0x000000000000F000L);
        assertThat(leastOr ^ leastAnd).isEqualTo(~0xC000000000000000L);
        assertThat(seen).hasSize(2_000);
    }
}
