package dev.assay.report.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaAreNeutralised() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("Sub-Saharan Africa")).isEqualTo("Sub-Saharan Africa");
    }

    @Test
    void numbersStayNumbersAndSeparatorsAreQuoted() {
        assertThat(CsvWriter.cell(-3L)).isEqualTo("-3");
        assertThat(CsvWriter.cell("Bonaire, Sint Eustatius and Saba")).isEqualTo("\"Bonaire, Sint Eustatius and Saba\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void theOutputIsUtf8WithAByteOrderMarkAndCrLfRows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter out = new CsvWriter(bytes)) {
            out.row("pays", "Côte d'Ivoire", "中国", 2L);
        }

        assertThat(bytes.toByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFpays,Côte d'Ivoire,中国,2\r\n");
    }
}
