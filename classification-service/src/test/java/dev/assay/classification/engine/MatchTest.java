package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MatchTest {

    private static final String TEXT = "reprocessing of tailings and mine waste in the copper belt ".repeat(40);
    private final AnalysedField subject = AnalysedField.of("subject", 0, TEXT.substring(0, 300));
    private final AnalysedField body = AnalysedField.of("body", 1, TEXT);

    @Test
    void theLongestOfOverlappingMatchesIsKeptAndTheResultIsInDocumentOrder() {
        Match<String> tailings = new Match<>("rr", "tailings", body, 16, 24, 0);
        Match<String> reprocessingOfTailings = new Match<>("rr", "reprocessing of tailings", body, 0, 24, 0);
        Match<String> mineWaste = new Match<>("rr", "mine waste", body, 29, 39, 0);
        Match<String> inSubject = new Match<>("rr", "tailings", subject, 16, 24, 0);

        assertThat(Match.longestFirst(List.of(mineWaste, tailings, inSubject, reprocessingOfTailings)))
                .containsExactly(inSubject, reprocessingOfTailings, mineWaste);
    }

    @Test
    void betweenOverlappingMatchesOfOneLengthTheCloserThenTheFirstIsKept() {
        Match<String> inflected = new Match<>("a", "mine wastes", body, 29, 39, 1);
        Match<String> exact = new Match<>("b", "mine waste", body, 30, 40, 0);
        Match<String> later = new Match<>("c", "ine waste ", body, 31, 41, 0);

        assertThat(Match.longestFirst(List.of(inflected, later, exact))).containsExactly(exact);
    }

    @Test
    void matchesThatOnlyTouchAreBothKept() {
        Match<String> first = new Match<>("a", "reprocessing", body, 0, 12, 0);
        Match<String> second = new Match<>("b", " of", body, 12, 15, 0);

        assertThat(Match.longestFirst(List.of(second, first))).containsExactly(first, second);
    }

    @Test
    void thePackedWayChoosesExactlyAsTheGeneralWayOnRandomMatches() {
        Random random = new Random(20261129);
        for (int round = 0; round < 2_000; round++) {
            List<Match<Integer>> matches = new ArrayList<>();
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                AnalysedField field = random.nextInt(4) == 0 ? subject : body;
                int start = random.nextInt(field.original().length() - 30);
                // short spans over a narrow stretch, so that overlaps, equal lengths and equal costs are common
                start = start % (40 + random.nextInt(200));
                int end = start + 1 + random.nextInt(random.nextBoolean() ? 8 : 90);
                matches.add(new Match<>(i, "t" + i, field, start, end, random.nextInt(3)));
            }
            assertThat(Match.longestFirst(matches)).as("round %d", round)
                    .containsExactlyElementsOf(Match.longestFirstInGeneral(matches));
        }
    }

    @Test
    void matchesBeyondThePackingTakeTheGeneralWayWithTheSameResult() {
        Match<String> empty = new Match<>("e", "", body, 5, 5, 0);
        Match<String> costly = new Match<>("c", "reprocessing", body, 0, 12, 99);
        Match<String> overlapping = new Match<>("o", "processing", body, 2, 12, 0);

        assertThat(Match.longestFirst(List.of(empty, overlapping, costly)))
                .containsExactlyElementsOf(Match.longestFirstInGeneral(List.of(empty, overlapping, costly)))
                .containsExactly(costly);
    }

    @Test
    void aMatchOverlapsOneOfManyOrderedMatchesExactlyWhenAScanOfThemSaysSo() {
        Random random = new Random(7);
        List<Match<String>> quoted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            AnalysedField field = random.nextBoolean() ? subject : body;
            int start = random.nextInt(280);
            quoted.add(new Match<>("r", "r", field, start, start + 1 + random.nextInt(15), 0));
        }
        List<Match<String>> ordered = Match.longestFirst(quoted);
        for (int i = 0; i < 2_000; i++) {
            AnalysedField field = random.nextBoolean() ? subject : body;
            int start = random.nextInt(290);
            Match<String> match = new Match<>("t", "t", field, start, start + 1 + random.nextInt(40), 0);

            boolean scanned = ordered.stream().anyMatch(match::overlaps);

            assertThat(Match.overlapsAnyInOrder(match, ordered)).as("%s", match).isEqualTo(scanned);
        }
    }
}
