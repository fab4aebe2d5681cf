package dev.assay.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void alignsLabelsLeftAndFiguresRightWithOneDecimal() {
        String table = new Table("", "records/s", "errors")
                .row("intake API", 1234.56, 0L)
                .row("raw", 20000.0, "-")
                .render();

        assertThat(table).isEqualTo("""
                |            | records/s | errors |
                | ---------- | --------- | ------ |
                | intake API |    1234.6 |      0 |
                | raw        |   20000.0 |      - |
                """);
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new Table("a", "b").row("only one"))
                .hasMessage("a row needs 2 cells, got 1");
    }
}
