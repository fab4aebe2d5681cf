package dev.assay.bench.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadLoadTest {

    @Test
    void averagesEachThreadsLoadAndAddsUpTheThreadsOfAGroup() {
        ThreadLoad load = new ThreadLoad();
        load.add("C2 CompilerThread0", 0.5);
        load.add("C2 CompilerThread0", 0.3);
        load.add("http-nio-18081-exec-1", 0.1);
        load.add("http-nio-18081-exec-12", 0.2);
        load.add("kafka-producer-network-thread | assay-intake", 0.05);

        assertThat(load.report(2)).isEqualTo("""
                -- CPU by thread group (cores, averaged over the recording)
                  0.40  C# CompilerThread#
                  0.30  http-nio-#-exec-#
                """);
    }
}
