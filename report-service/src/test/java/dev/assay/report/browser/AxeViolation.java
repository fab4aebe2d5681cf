package dev.assay.report.browser;

import java.util.List;

/**
 * One rule axe-core found broken on a page: the rule, how bad ({@code minor}, {@code moderate}, {@code serious},
 * {@code critical}), what it asks for, and the CSS selectors of the offending elements.
 */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<String> targets) {

    public boolean isSeriousOrCritical() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    /** {@code image-alt (critical): Images must have alternate text [img#chart] <helpUrl>}: readable in a failure. */
    @Override
    public String toString() {
        return id + " (" + impact + "): " + help + " " + targets + " <" + helpUrl + ">";
    }
}
