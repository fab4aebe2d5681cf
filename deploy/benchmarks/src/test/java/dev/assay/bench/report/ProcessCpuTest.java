package dev.assay.bench.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessCpuTest {

    @Test
    void addsUserAndSystemTicksCountingFieldsAfterTheCommandName() {
        // utime 1500 ticks, stime 250 ticks; the name holds a space and a parenthesis
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 250 0 0 20 0 40 0 123 "
                + "4000000000 90000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcessCpu.cpuMillisOf(stat)).isEqualTo(17_500);
    }

    @Test
    void readsAMemoryLineOfStatusInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  412000 kB\nVmRSS:\t  398765 kB\n";

        assertThat(ProcessCpu.statusKibOf(status, "VmHWM")).isEqualTo(OptionalLong.of(412_000));
        assertThat(ProcessCpu.statusKibOf(status, "VmRSS")).isEqualTo(OptionalLong.of(398_765));
        assertThat(ProcessCpu.statusKibOf(status, "VmSwap")).isEmpty();
    }

    @Test
    void seesItsOwnCpuTimeWhereProcIsThere() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux /proc");
        long self = ProcessHandle.current().pid();

        assertThat(ProcessCpu.cpuMillis(self)).isNotEmpty();
        assertThat(ProcessCpu.cpuMillis(self).getAsLong()).isPositive();
    }
}
