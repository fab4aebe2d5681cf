package dev.assay.bench.workbench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTest {

    private static long count(String csv) throws IOException {
        return CsvRecords.count(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void countsOneRecordPerLineTheHeaderAmongThem() throws IOException {
        assertThat(count("\uFEFFid,subject\n1,a\n2,b\n")).isEqualTo(3);
    }

    @Test
    void aLineBreakInsideQuotesDoesNotEndTheRecord() throws IOException {
        assertThat(count("id,body\n1,\"first line\nsecond line\"\n2,\"say \"\"hi\"\"\nthere\"\n")).isEqualTo(3);
    }

    @Test
    void theLastRecordCountsWithoutALineBreakAndCarriageReturnsAreNotRecords() throws IOException {
        assertThat(count("id\r\n1\r\n2")).isEqualTo(3);
        assertThat(count("")).isZero();
    }

    @Test
    void countsAcrossTheReadBuffersEdges() throws IOException {
        String row = "\"" + "x".repeat(1000) + "\n" + "y".repeat(1000) + "\"\n";
        assertThat(count("body\n" + row.repeat(300))).isEqualTo(301);
    }
}
