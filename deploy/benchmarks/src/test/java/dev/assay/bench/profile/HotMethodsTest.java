package dev.assay.bench.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HotMethodsTest {

    @Test
    void chargesSelfTimeToTheTopFrameAndTotalTimeOncePerSampleToEveryFrame() {
        HotMethods hot = new HotMethods();
        hot.add(List.of("tools.jackson.core.json.UTF8JsonGenerator.writeString", "a.b.C.write", "a.b.C.run"));
        hot.add(List.of("tools.jackson.core.json.UTF8JsonGenerator.writeString", "a.b.C.write", "a.b.C.write"));
        hot.add(List.of("java.util.HashMap.get", "a.b.C.run"));
        hot.add(List.of("java.util.HashMap.get", "a.b.C.run"));

        assertThat(hot.report(2)).isEqualTo("""
                4 execution samples
                -- self time by package (first 3 segments)
                  50.0%  java.util
                  50.0%  tools.jackson.core
                -- self time by method
                  50.0%  java.util.HashMap.get
                  50.0%  tools.jackson.core.json.UTF8JsonGenerator.writeString
                -- total time by method (on the stack)
                  75.0%  a.b.C.run
                  50.0%  a.b.C.write
                """);
    }

    @Test
    void groupsFramesByTheirPackageWithoutClassAndMethod() {
        assertThat(HotMethods.packageOf("org.apache.kafka.common.record.MemoryRecords.writeTo"))
                .isEqualTo("org.apache.kafka");
        assertThat(HotMethods.packageOf("java.util.HashMap.get")).isEqualTo("java.util");
        assertThat(HotMethods.packageOf("Main.run")).isEqualTo("Main");
    }
}
