package dev.assay.report.aggregates;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.report.filter.FilterDocumentation;
import dev.assay.report.filter.RequestParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI documentation of the aggregates ({@link AggregatesController}). The filter parameters come from the
 * dimension registry, so a new dimension is documented as it becomes a filter.
 */
@Configuration(proxyBeanMethods = false)
class AggregatesDocumentation {

    static final String TAG = "Reports";
    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "`max-age` of `assay.report.report-max-age`, `must-revalidate`: clients may reuse the "
                    + "answer that long.",
            "X-Assay-Computed", "`counters` when kept counters hold the combination, `scan` when the answer was "
                    + "computed from the communications.");
    private static final String BAD_REQUEST = "An unknown dimension, filter value, interval or format, a malformed "
            + "month, `from` after `to`, a parameter given twice, empty or longer than " + RequestParameters.MAX_LENGTH
            + " characters, or an unknown parameter; `errors` names each and lists the allowed values.";
    private static final String CSV = "With `format=csv`: the same as CSV (UTF-8 with a byte order mark, cells "
            + "beginning with `=`, `+`, `-` or `@` neutralised), streamed.";

    @Bean
    EndpointDocumentation aggregateEndpoints() {
        return new EndpointDocumentation(List.of(
                filtered(Endpoint.get("/api/v1/reports/summary"))
                        .summary("How many communications, by every dimension")
                        .description("Every communication counts once in `total` and once under each value it has "
                                + "(a communication with several themes counts under each); themes always list "
                                + "all four. " + CSV)
                        .answers(200, "The summary.", null, HEADERS)
                        .problem(400, BAD_REQUEST).problems(500, 503),
                filtered(Endpoint.get("/api/v1/reports/crosstab"))
                        .summary("Communications by the values of two dimensions")
                        .description("`counts[row][col]`, non-zero cells only; `total` counts the communications "
                                + "under the filter. " + CSV)
                        .parameter("query", "rows", true, "The dimension of the rows.", "theme")
                        .parameter("query", "cols", true, "The dimension of the columns, another one.",
                                "unRegionalGroup")
                        .answers(200, "The cross-tabulation.", null, HEADERS)
                        .problem(400, BAD_REQUEST).problems(500, 503),
                filtered(Endpoint.get("/api/v1/reports/timeseries"))
                        .summary("Communications of each value of a dimension, by month or week of receipt")
                        .description("`periods` run without gaps from the first to the last with a communication; "
                                + "`series[value][period]` lists non-zero counts. " + CSV)
                        .parameter("query", "dimension", true, "The dimension whose values make the series.",
                                "theme")
                        .parameter("query", "interval", false, "`month` (default) or `week` (named by its Monday, "
                                + "UTC).", "month")
                        .answers(200, "The time series.", null, HEADERS)
                        .problem(400, BAD_REQUEST).problems(500, 503)));
    }

    /** The filters every aggregate takes, and {@code format}. */
    private static Endpoint filtered(Endpoint endpoint) {
        return FilterDocumentation.filters(endpoint.tag(TAG).access(Access.anyone()))
                .parameter("query", "format", false, "`json` (default) or `csv`.", "json");
    }
}
