package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many communications the compilation holds: all of them (the annex), the copies among them (each campaign is
 * shown once, by its first member), and per theme and region those shown in the theme's section.
 *
 * @param themes the themes the compilation has a section for, in the catalogue's order
 */
record Overview(long communications, long copies, List<Theme> themes, Map<Theme, Map<Region, Long>> byTheme) {

    long count(Theme theme, Region region) {
        return byTheme.getOrDefault(theme, Map.of()).getOrDefault(region, 0L);
    }

    long count(Theme theme) {
        return byTheme.getOrDefault(theme, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    static Map<Theme, Map<Region, Long>> empty() {
        return new EnumMap<>(Theme.class);
    }
}
