package dev.assay.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompilerCpuTest {

    @Test
    void knowsTheJitsCompilerThreadsByTheirShortenedNames() {
        assertThat(CompilerCpu.isCompiler("C2 CompilerThre")).isTrue();
        assertThat(CompilerCpu.isCompiler("C1 CompilerThre")).isTrue();
        assertThat(CompilerCpu.isCompiler("http-nio-18081-")).isFalse();
        assertThat(CompilerCpu.isCompiler("VM Thread")).isFalse();
    }

    @Test
    void readsThisJvmsOwnCompilerThreads() {
        assertThat(CompilerCpu.millis(ProcessHandle.current().pid())).isPresent();
    }
}
