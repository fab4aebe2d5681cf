package dev.assay.bench.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {

    private static final Set<String> KNOWN = Set.of("clients", "warm-up", "url", "profile", "records");

    @Test
    void readsBothSpellingsOfAnOptionAndABareSwitch() {
        Arguments a = Arguments.parse(new String[] {"--clients=16", "--url", "http://127.0.0.1:18081", "--profile"},
                KNOWN);

        assertThat(a.positiveInt("clients", 32)).isEqualTo(16);
        assertThat(a.required("url")).isEqualTo("http://127.0.0.1:18081");
        assertThat(a.flag("profile")).isTrue();
    }

    @Test
    void fallsBackToTheDefaultWhenAnOptionIsAbsent() {
        Arguments a = Arguments.parse(new String[0], KNOWN);

        assertThat(a.positiveInt("clients", 32)).isEqualTo(32);
        assertThat(a.duration("warm-up", Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(20));
        assertThat(a.flag("profile")).isFalse();
        assertThat(a.string("url", null)).isNull();
    }

    @Test
    void acceptsUnderscoresInLargeCounts() {
        assertThat(Arguments.parse(new String[] {"--records=100_000"}, KNOWN).positiveLong("records", 1))
                .isEqualTo(100_000L);
    }

    @Test
    void readsDurationsInMillisecondsSecondsAndMinutesAndBareNumbersAsSeconds() {
        assertThat(Arguments.parseDuration("--x", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Arguments.parseDuration("--x", "20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(Arguments.parseDuration("--x", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Arguments.parseDuration("--x", "45")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void refusesAnUnknownOptionNamingTheKnownOnes() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--client=4"}, KNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --client; known: --clients, --profile, --records, --url, --warm-up");
    }

    @Test
    void refusesAnArgumentThatIsNotAnOption() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {"clients=4"}, KNOWN))
                .hasMessage("unexpected argument 'clients=4'; options look like --name=value");
    }

    @Test
    void refusesZeroNegativeAndNonNumericCounts() {
        for (String value : new String[] {"0", "-3", "many"}) {
            Arguments a = Arguments.parse(new String[] {"--clients=" + value}, KNOWN);
            assertThatThrownBy(() -> a.positiveInt("clients", 32))
                    .hasMessage("--clients must be a positive whole number, was '" + value + "'");
        }
    }

    @Test
    void refusesMalformedAndZeroDurations() {
        assertThatThrownBy(() -> Arguments.parseDuration("--warm-up", "20 sec"))
                .hasMessage("--warm-up must be a duration such as 500ms, 20s or 2m, was '20 sec'");
        assertThatThrownBy(() -> Arguments.parseDuration("--warm-up", "0s"))
                .hasMessage("--warm-up must be longer than zero");
    }

    @Test
    void saysWhichRequiredOptionIsMissing() {
        assertThatThrownBy(() -> Arguments.parse(new String[0], KNOWN).required("url"))
                .hasMessage("--url is required");
    }
}
