package dev.assay.bench.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapInfoTest {

    @Test
    void readsTotalAndUsedOfAGarbageFirstHeap() {
        String output = """
                12345:
                 garbage-first heap   total 393216K, used 183211K [0x00000000e8000000, 0x0000000100000000)
                  region size 1024K, 60 young (61440K), 4 survivors (4096K)
                 Metaspace       used 80123K, committed 81000K, reserved 1114112K
                """;

        assertThat(HeapInfo.parse(output)).contains(new HeapInfo(393_216, 183_211));
        assertThat(HeapInfo.parse(output).orElseThrow().usedMib()).isEqualTo(178);
        assertThat(HeapInfo.parse(output).orElseThrow().totalMib()).isEqualTo(384);
    }

    @Test
    void findsNothingWhenJcmdCouldNotAttach() {
        assertThat(HeapInfo.parse("12345: com.sun.tools.attach.AttachNotSupportedException")).isEmpty();
    }
}
