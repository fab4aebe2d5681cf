package dev.assay.report.compilation;

import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The regions a theme's communications are arranged by: the UN regional group of the submitter's country (the reviewed
 * country where an analyst reviewed it), as the participation tables group Member States, and a last group for
 * communications without one (no known country, a State that is not a UN member).
 */
enum Region {
    AFRICAN("AFRICAN", "African States"),
    ASIA_PACIFIC("ASIA_PACIFIC", "Asia-Pacific States"),
    EASTERN_EUROPEAN("EASTERN_EUROPEAN", "Eastern European States"),
    GRULAC("GRULAC", "Latin American and Caribbean States"),
    WEOG("WEOG", "Western European and other States"),
    NONE(null, "Without a UN regional group");

    private final String group;
    private final String label;

    Region(String group, String label) {
        this.group = group;
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The counter a communication of this region counts in; empty for {@link #NONE}, which counts in none of them. */
    Optional<String> counterId() {
        return group == null ? Optional.empty()
                : Optional.of(CounterKey.of(Dimension.UN_REGIONAL_GROUP, group).id());
    }

    /** The counters of every group: a communication counting in none of them is of {@link #NONE}. */
    static List<String> groupCounterIds() {
        return Arrays.stream(values()).flatMap(region -> region.counterId().stream()).toList();
    }

    static Region ofGroup(String group) {
        return Arrays.stream(values()).filter(region -> region.group != null && region.group.equals(group))
                .findFirst().orElse(NONE);
    }

    /** The label of a UN regional group's id as the participation report gives it ({@code none} included). */
    static String labelOf(String group) {
        return ofGroup(group).label();
    }
}
