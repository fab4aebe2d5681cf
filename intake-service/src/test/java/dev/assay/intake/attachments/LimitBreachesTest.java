package dev.assay.intake.attachments;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule every channel applies to a communication's files (API, form, mailbox). */
class LimitBreachesTest {

    private final AttachmentProperties limits =
            AttachmentLimits.withSizes(3, DataSize.ofBytes(100), DataSize.ofBytes(250));

    @Test
    void filesWithinEveryLimitBreakNothing() {
        assertThat(limits.breaches(List.of())).isEmpty();
        assertThat(limits.breaches(List.of(100L, 100L, 50L))).isEmpty();
    }

    @Test
    void tooManyFilesIsTheOnlyBreachReportedWhateverTheirSizes() {
        assertThat(limits.breaches(List.of(1L, 1L, 1L, 999L)))
                .containsExactly(new LimitBreach.TooManyFiles(4, 3));
    }

    @Test
    void everyFileTooLargeIsReportedByPositionThenTheTotal() {
        assertThat(limits.breaches(List.of(101L, 10L, 200L))).containsExactly(
                new LimitBreach.FileTooLarge(0, 101, 100), new LimitBreach.FileTooLarge(2, 200, 100),
                new LimitBreach.TotalTooLarge(311, 250));
    }

    @Test
    void filesEachWithinTheirLimitCanStillBeTooLargeTogether() {
        assertThat(limits.breaches(List.of(100L, 100L, 51L)))
                .containsExactly(new LimitBreach.TotalTooLarge(251, 250));
    }
}
