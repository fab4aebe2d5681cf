package dev.assay.report.filter;

import dev.assay.contracts.openapi.Endpoint;
import dev.assay.report.counters.Dimension;

import java.util.List;

/**
 * The report's filter parameters in an OpenAPI document, from the dimension registry, so that every endpoint that
 * takes them (the aggregates, the communications list and export) documents the same ones, and a new dimension is
 * documented as it becomes a filter.
 */
public final class FilterDocumentation {

    private FilterDocumentation() {
    }

    /**
     * Adds {@code from}, {@code to}, one parameter per filterable dimension and {@code collapseCampaigns} to
     * {@code endpoint}.
     */
    public static Endpoint filters(Endpoint endpoint) {
        endpoint.parameter("query", RequestParameters.FROM, false, "First month of receipt, `YYYY-MM`.", "2026-01")
                .parameter("query", RequestParameters.TO, false, "Last month of receipt, `YYYY-MM`.", "2026-12")
                .parameter("query", RequestParameters.COLLAPSE_CAMPAIGNS, false, "`true`: a campaign of "
                        + "near-duplicates counts once, as its first member, not once per copy; `false` (default): "
                        + "every copy counts.", "false");
        for (Dimension dimension : RequestParameters.FILTERS) {
            List<String> allowed = dimension.allowedValues().orElseThrow();
            endpoint.parameter("query", dimension.id(), false, "Only communications with this " + dimension.label()
                    .toLowerCase() + (allowed.size() <= 12 ? ": " + String.join(", ", allowed) : " (" + allowed.size()
                    + " values)") + ".", null);
        }
        return endpoint;
    }
}
