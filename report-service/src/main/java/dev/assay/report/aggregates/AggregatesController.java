package dev.assay.report.aggregates;

import dev.assay.report.ReportProperties;
import dev.assay.report.aggregates.Figures.Figure;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import dev.assay.report.web.CsvWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.util.Map;

/**
 * The public aggregates: the summary, cross-tabs of any two dimensions and time series, each under the report's
 * filters ({@link RequestParameters}), as JSON or, with {@code format=csv}, as CSV. {@code X-Assay-Computed} says
 * whether the answer came from the counters ({@code counters}) or from reading the communications ({@code scan}).
 * Clients may reuse an answer for {@code assay.report.report-max-age}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class AggregatesController {

    static final String COMPUTED = "X-Assay-Computed";
    private static final String FORMAT = "format";
    private static final String JSON = "json";
    private static final String CSV = "csv";

    private final Figures figures;
    private final CacheControl cacheControl;

    AggregatesController(Figures figures, ReportProperties properties) {
        this.figures = figures;
        this.cacheControl = CacheControl.maxAge(properties.reportMaxAge()).mustRevalidate();
    }

    @GetMapping("/summary")
    ResponseEntity<Summary> summary(@RequestParam MultiValueMap<String, String> parameters) {
        Figure<Summary> summary = summary(new RequestParameters(parameters));
        return json(summary);
    }

    @GetMapping(path = "/summary", params = "format=csv")
    ResponseEntity<StreamingResponseBody> summaryCsv(@RequestParam MultiValueMap<String, String> parameters) {
        Figure<Summary> computed = summary(new RequestParameters(parameters));
        Summary summary = computed.body();
        return csv("summary", computed, out -> {
            out.row("dimension", "label", "value", "count");
            out.row(Dimension.TOTAL.id(), Dimension.TOTAL.label(), "", summary.total());
            out.row(Dimension.WITHOUT_COUNTRY.id(), Dimension.WITHOUT_COUNTRY.label(), "", summary.withoutCountry());
            for (Map.Entry<String, Summary.DimensionCounts> dimension : summary.dimensions().entrySet()) {
                for (Map.Entry<String, Long> value : dimension.getValue().values().entrySet()) {
                    out.row(dimension.getKey(), dimension.getValue().label(), value.getKey(), value.getValue());
                }
            }
        });
    }

    @GetMapping("/crosstab")
    ResponseEntity<Crosstab> crosstab(@RequestParam MultiValueMap<String, String> parameters) {
        return json(crosstab(new RequestParameters(parameters)));
    }

    @GetMapping(path = "/crosstab", params = "format=csv")
    ResponseEntity<StreamingResponseBody> crosstabCsv(@RequestParam MultiValueMap<String, String> parameters) {
        Figure<Crosstab> computed = crosstab(new RequestParameters(parameters));
        Crosstab crosstab = computed.body();
        return csv("crosstab-" + crosstab.rows().dimension() + "-" + crosstab.cols().dimension(), computed, out -> {
            out.row(crosstab.rows().dimension(), crosstab.cols().dimension(), "count");
            for (Map.Entry<String, Map<String, Long>> row : crosstab.counts().entrySet()) {
                for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
                    out.row(row.getKey(), cell.getKey(), cell.getValue());
                }
            }
        });
    }

    @GetMapping("/timeseries")
    ResponseEntity<TimeSeries> timeseries(@RequestParam MultiValueMap<String, String> parameters) {
        return json(timeseries(new RequestParameters(parameters)));
    }

    @GetMapping(path = "/timeseries", params = "format=csv")
    ResponseEntity<StreamingResponseBody> timeseriesCsv(@RequestParam MultiValueMap<String, String> parameters) {
        Figure<TimeSeries> computed = timeseries(new RequestParameters(parameters));
        TimeSeries series = computed.body();
        return csv("timeseries-" + series.dimension() + "-" + series.interval(), computed, out -> {
            out.row(series.interval(), series.dimension(), "count");
            for (String period : series.periods()) {
                for (Map.Entry<String, Map<String, Long>> value : series.series().entrySet()) {
                    Long count = value.getValue().get(period);
                    if (count != null) {
                        out.row(period, value.getKey(), count);
                    }
                }
            }
        });
    }

    private Figure<Summary> summary(RequestParameters request) {
        ReportFilter filter = request.filter();
        request.oneOf(FORMAT, JSON, JSON, CSV);
        request.validated();
        return figures.summary(filter);
    }

    private Figure<Crosstab> crosstab(RequestParameters request) {
        Dimension rows = request.dimension("rows", true);
        Dimension cols = request.dimension("cols", true);
        if (rows != null && rows == cols) {
            request.invalid("cols", "is the same dimension as rows (" + rows.id() + "); choose two different ones");
        }
        ReportFilter filter = request.filter();
        request.oneOf(FORMAT, JSON, JSON, CSV);
        request.validated();
        return figures.crosstab(rows, cols, filter);
    }

    private Figure<TimeSeries> timeseries(RequestParameters request) {
        Dimension dimension = request.dimension("dimension", true);
        if (dimension == Dimension.MONTH) {
            request.invalid("dimension", "month is every series' period; choose another dimension");
        }
        String interval = request.oneOf("interval", TimeSeries.MONTH, TimeSeries.MONTH, TimeSeries.WEEK);
        ReportFilter filter = request.filter();
        request.oneOf(FORMAT, JSON, JSON, CSV);
        request.validated();
        return figures.timeseries(dimension, interval, filter);
    }

    private <T> ResponseEntity<T> json(Figure<T> computed) {
        return ResponseEntity.ok().cacheControl(cacheControl).header(COMPUTED, computed.source())
                .contentType(MediaType.APPLICATION_JSON).body(computed.body());
    }

    private ResponseEntity<StreamingResponseBody> csv(String name, Figure<?> computed, Rows rows) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(name + ".csv").build());
        return ResponseEntity.ok().cacheControl(cacheControl).header(COMPUTED, computed.source()).headers(headers)
                .contentType(CsvWriter.MEDIA_TYPE).body(stream -> {
                    try (CsvWriter out = new CsvWriter(stream)) {
                        rows.write(out);
                    }
                });
    }

    @FunctionalInterface
    private interface Rows {
        void write(CsvWriter out) throws IOException;
    }
}
