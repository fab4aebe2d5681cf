package dev.assay.bench.workbench;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests whose latency the benchmark measures: every aggregate without a filter, with a region and a span of
 * months, and with a theme, each also with campaigns collapsed; participation (it takes no filter) as it is and
 * collapsed; the campaigns list (collapsing means nothing to it) without a filter and with the region and months; and
 * the analysts' list, first page, without and with a filter.
 */
final class ReportRequests {

    /** A request to measure: its path and query, and whether it needs an analyst's token. */
    record Request(String pathAndQuery, boolean analyst) {
    }

    static final String REGION_FILTER = "unRegionalGroup=AFRICAN&from=2026-03&to=2026-08";
    static final String THEME_FILTER = "theme=resource-recovery";
    static final String COLLAPSE = "collapseCampaigns=true";
    static final String LIST = "/api/v1/communications?limit=50";
    static final String EXPORT = "/api/v1/communications/export?format=csv";

    private static final List<String> FILTERED = List.of("/api/v1/reports/summary",
            "/api/v1/reports/crosstab?rows=theme&cols=unRegionalGroup",
            "/api/v1/reports/timeseries?dimension=theme&interval=month");
    private static final String PARTICIPATION = "/api/v1/reports/participation";
    private static final String CAMPAIGNS = "/api/v1/reports/campaigns";

    private ReportRequests() {
    }

    /** The analysts' list first, while the token got just before is young (tokens last 30 minutes). */
    static List<Request> all() {
        List<Request> requests = new ArrayList<>();
        requests.add(new Request(LIST, true));
        requests.add(new Request(with(LIST, THEME_FILTER), true));
        for (String path : FILTERED) {
            for (String filter : List.of("", REGION_FILTER, THEME_FILTER)) {
                requests.add(new Request(with(path, filter), false));
                requests.add(new Request(with(with(path, filter), COLLAPSE), false));
            }
        }
        requests.add(new Request(PARTICIPATION, false));
        requests.add(new Request(with(PARTICIPATION, COLLAPSE), false));
        requests.add(new Request(CAMPAIGNS, false));
        requests.add(new Request(with(CAMPAIGNS, REGION_FILTER), false));
        return requests;
    }

    /** {@code path} with {@code parameters} added to its query; {@code path} itself when there are none. */
    static String with(String path, String parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + parameters;
    }
}
