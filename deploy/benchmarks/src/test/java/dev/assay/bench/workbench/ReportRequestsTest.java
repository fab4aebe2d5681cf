package dev.assay.bench.workbench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRequestsTest {

    private static List<String> paths() {
        return ReportRequests.all().stream().map(ReportRequests.Request::pathAndQuery).toList();
    }

    @Test
    void asksEveryFilteredAggregateWithoutAndWithEachFilterEachAlsoWithCampaignsCollapsed() {
        for (String aggregate : List.of("/api/v1/reports/summary",
                "/api/v1/reports/crosstab?rows=theme&cols=unRegionalGroup",
                "/api/v1/reports/timeseries?dimension=theme&interval=month")) {
            String sep = aggregate.contains("?") ? "&" : "?";
            assertThat(paths()).contains(aggregate, aggregate + sep + "collapseCampaigns=true",
                    aggregate + sep + "unRegionalGroup=AFRICAN&from=2026-03&to=2026-08",
                    aggregate + sep + "unRegionalGroup=AFRICAN&from=2026-03&to=2026-08&collapseCampaigns=true",
                    aggregate + sep + "theme=resource-recovery",
                    aggregate + sep + "theme=resource-recovery&collapseCampaigns=true");
        }
        assertThat(paths()).contains("/api/v1/reports/participation",
                "/api/v1/reports/participation?collapseCampaigns=true", "/api/v1/reports/campaigns",
                "/api/v1/reports/campaigns?unRegionalGroup=AFRICAN&from=2026-03&to=2026-08");
        assertThat(paths()).hasSize(18 + 2 + 2 + 2).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheAnalystsListNeedsAToken() {
        assertThat(ReportRequests.all().stream().filter(ReportRequests.Request::analyst)
                .map(ReportRequests.Request::pathAndQuery))
                .containsExactly("/api/v1/communications?limit=50",
                        "/api/v1/communications?limit=50&theme=resource-recovery");
    }

    @Test
    void addsParametersToAPathWithOrWithoutAQuery() {
        assertThat(ReportRequests.with("/a", "x=1")).isEqualTo("/a?x=1");
        assertThat(ReportRequests.with("/a?y=2", "x=1")).isEqualTo("/a?y=2&x=1");
        assertThat(ReportRequests.with("/a", "")).isEqualTo("/a");
    }
}
