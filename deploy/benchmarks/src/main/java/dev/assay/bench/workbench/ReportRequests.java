package dev.assay.bench.workbench;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests whose latency the benchmark measures: every aggregate without a filter, with a region and a span of
 * months, and with a theme, each also with campaigns collapsed; then the analysts' list, first page, without and with
 * a filter. Participation takes no filter, so it is asked only as it is and collapsed.
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
    private static final List<String> UNFILTERED = List.of("/api/v1/reports/participation",
            "/api/v1/reports/campaigns");

    private ReportRequests() {
    }

    static List<Request> all() {
        List<Request> requests = new ArrayList<>();
        for (String path : FILTERED) {
            for (String filter : List.of("", REGION_FILTER, THEME_FILTER)) {
                requests.add(new Request(with(path, filter), false));
                requests.add(new Request(with(with(path, filter), COLLAPSE), false));
            }
        }
        for (String path : UNFILTERED) {
            requests.add(new Request(path, false));
            requests.add(new Request(with(path, COLLAPSE), false));
        }
        // the campaigns list is worth a filter too: which campaigns a region's senders joined
        requests.add(new Request(with("/api/v1/reports/campaigns", REGION_FILTER), false));
        requests.add(new Request(LIST, true));
        requests.add(new Request(with(LIST, THEME_FILTER), true));
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
