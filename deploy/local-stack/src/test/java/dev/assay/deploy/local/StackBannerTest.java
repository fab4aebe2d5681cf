package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StackBannerTest {

    private final StackConfig defaults = StackConfig.defaults(Path.of("/repo"));

    @Test
    void onTheDefaultsTheTokenCommandNeedsNothingMore() {
        assertThat(StackBanner.tokenCommand(defaults)).isEqualTo("deploy/token");
    }

    @Test
    void elsewhereTheTokenCommandIsToldTheProvidersPortAndTheDataDirectory() {
        StackConfig moved = defaults.withPorts(Ports.DEFAULTS.withAuth(19000)).withDataDir(Path.of("/tmp/assay"));

        assertThat(StackBanner.tokenCommand(moved))
                .isEqualTo("ASSAY_AUTH_PORT=19000 ASSAY_DATA_DIR=/tmp/assay deploy/token");
    }
}
