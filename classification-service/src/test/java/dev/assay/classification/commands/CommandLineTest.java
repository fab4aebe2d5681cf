package dev.assay.classification.commands;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What an operator may type, and what is refused before anything starts. */
class CommandLineTest {

    @Test
    void aCommandTakesItsOptionsAndPassesSpringSettingsOn() {
        CommandLine line = CommandLine.parse("reclassify", "--since=2026-01-01", "--dry-run",
                "--spring.cloud.stream.kafka.binder.brokers=kafka:9092");

        assertThat(line.command()).isEqualTo(Command.RECLASSIFY);
        assertThat(line.options()).isEqualTo(Map.of("since", "2026-01-01", "dry-run", ""));
        assertThat(line.flag("dry-run")).isTrue();
        assertThat(line.springArguments()).containsExactly("--spring.cloud.stream.kafka.binder.brokers=kafka:9092");
    }

    @Test
    void theFilterReadsEveryCriterion() {
        ReclassificationFilter filter = ReclassificationFilter.of(CommandLine.parse("reclassify", "--since=2026-01-01",
                "--until=2026-01-31", "--channel=web-form", "--country=ke", "--ids=a, b,,c"));

        assertThat(filter.since()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.until()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(filter.channel().id()).isEqualTo("web-form");
        assertThat(filter.country()).isEqualTo("KE");
        assertThat(filter.ids()).isEqualTo(Set.of("a", "b", "c"));
        assertThat(filter).hasToString("received since 2026-01-01, received until 2026-01-31, channel web-form, "
                + "country KE, 3 id(s)");
    }

    @Test
    void withoutCriteriaEveryCommunicationMatches() {
        assertThat(ReclassificationFilter.of(CommandLine.parse("reclassify"))).hasToString("every communication");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakesAreNamedBeforeAnythingStarts(List<String> args, String message) {
        assertThatThrownBy(() -> CommandLine.parse(args.toArray(String[]::new)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments(List.of(), "no command given"),
                arguments(List.of("reclasify"), "unknown command reclasify"),
                arguments(List.of("replay-dead-letters", "--since=2026-01-01"),
                        "unknown option --since of replay-dead-letters; it takes --dry-run"),
                arguments(List.of("reclassify", "dry-run"), "not an option: dry-run (options are --name=value)"),
                arguments(List.of("reclassify", "--since=1.1.2026"), "--since takes a date as YYYY-MM-DD, not 1.1.2026"),
                arguments(List.of("reclassify", "--since=2026-02-01", "--until=2026-01-01"),
                        "--until=2026-01-01 is before --since=2026-02-01"),
                arguments(List.of("reclassify", "--channel=fax"), "--channel takes api, web-form or email, not fax"),
                arguments(List.of("reclassify", "--country=Kenya"),
                        "--country takes an ISO 3166-1 alpha-2 code such as KE, not Kenya"),
                arguments(List.of("reclassify", "--ids="), "--ids needs a value"),
                arguments(List.of("reclassify", "--dry-run=maybe"), "--dry-run takes no value or true/false, not maybe"),
                arguments(List.of("reclassify", "--country=KE", "--country=FR"), "--country given twice"));
    }
}
