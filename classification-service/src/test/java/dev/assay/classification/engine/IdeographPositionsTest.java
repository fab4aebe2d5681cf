package dev.assay.classification.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdeographPositionsTest {

    private static List<Integer> positionsOf(IdeographPositions positions, char c) {
        List<Integer> found = new ArrayList<>();
        for (int at = positions.first(c); at >= 0; at = positions.after(c, at)) {
            found.add(at);
        }
        return found;
    }

    @Test
    void everyPlaceOfACharacterIsFoundInTextOrder() {
        IdeographPositions positions = new IdeographPositions("矿山和尾矿a矿");

        assertThat(positionsOf(positions, '矿')).containsExactly(0, 4, 6);
        assertThat(positionsOf(positions, '山')).containsExactly(1);
    }

    @Test
    void charactersSharingABucketAreToldApart() {
        char first = '\u4E00';
        char sameBucket = (char) (first + 1024);
        IdeographPositions positions = new IdeographPositions("" + first + sameBucket + first + sameBucket);

        assertThat(positionsOf(positions, first)).containsExactly(0, 2);
        assertThat(positionsOf(positions, sameBucket)).containsExactly(1, 3);
    }

    @Test
    void aCharacterAbsentOrBeforeTheCjkBlocksHasNoPosition() {
        IdeographPositions positions = new IdeographPositions("abc 矿");

        assertThat(positions.first('山')).isEqualTo(-1);
        assertThat(positions.first('a')).isEqualTo(-1);
    }
}
