package dev.assay.deploy.mongo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoSettingsTest {

    @Test
    void withNothingGivenItListensOnLoopbackPort27017WithTheDataUnderDotData() {
        MongoSettings settings = MongoSettings.from(new String[0], Map.of());

        assertThat(settings).isEqualTo(new MongoSettings("127.0.0.1", 27017, Path.of(".data/mongo/assay.mv.db")));
    }

    @Test
    void environmentVariablesReplaceTheDefaults() {
        MongoSettings settings = MongoSettings.from(new String[0],
                Map.of("ASSAY_MONGO_HOST", "0.0.0.0", "ASSAY_MONGO_PORT", "27018", "ASSAY_MONGO_FILE", "/tmp/m.mv.db"));

        assertThat(settings).isEqualTo(new MongoSettings("0.0.0.0", 27018, Path.of("/tmp/m.mv.db")));
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        MongoSettings settings = MongoSettings.from(new String[] {"--port=0", "--file=x.mv.db", "--host=localhost"},
                Map.of("ASSAY_MONGO_PORT", "27018"));

        assertThat(settings).isEqualTo(new MongoSettings("localhost", 0, Path.of("x.mv.db")));
    }

    @Test
    void anUnknownFlagIsRejectedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> MongoSettings.from(new String[] {"--dbpath=x"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--dbpath=x")
                .hasMessageContaining("--port=<port>");
    }

    @Test
    void aPortOutsideTheTcpRangeIsRejected() {
        assertThatThrownBy(() -> MongoSettings.from(new String[] {"--port=70000"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be between 0 and 65535, was 70000");
    }
}
