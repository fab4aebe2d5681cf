package dev.assay.report.aggregates;

import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The aggregates under a filter, whoever shows them: the public API ({@link AggregatesController}) and the dashboard.
 * Each answer says whether the communications were read for it ({@link Figure#scanned()}); from the counters otherwise.
 */
@Component
public class Figures {

    private final Aggregates aggregates;
    private final Clock clock;

    Figures(Aggregates aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** An aggregate and whether the communications were read for it. */
    public record Figure<T>(T body, boolean scanned) {

        String source() {
            return scanned ? "scan" : "counters";
        }
    }

    /** The total and every reported dimension's counts. */
    public Figure<Summary> summary(ReportFilter filter) {
        Aggregates.Answer answer = aggregates.count(Summary.groupings(), filter, false);
        return new Figure<>(Summary.of(answer.tallies(), filter.asParameters(), clock.instant()), answer.scanned());
    }

    /** @param rows and {@code cols}: two different reported dimensions */
    public Figure<Crosstab> crosstab(Dimension rows, Dimension cols, ReportFilter filter) {
        Aggregates.Answer answer = aggregates.count(List.of(List.of(), List.of(rows, cols)), filter, false);
        return new Figure<>(Crosstab.of(rows, cols, answer.tallies().get(0), answer.tallies().get(1),
                filter.asParameters(), clock.instant()), answer.scanned());
    }

    /** @param interval {@link TimeSeries#MONTH} (from the counters when they hold the filter) or {@link TimeSeries#WEEK} */
    public Figure<TimeSeries> timeseries(Dimension dimension, String interval, ReportFilter filter) {
        boolean weekly = TimeSeries.WEEK.equals(interval);
        Aggregates.Answer answer = aggregates.count(List.of(List.of(dimension, Dimension.MONTH)), filter, weekly);
        return new Figure<>(TimeSeries.of(dimension, interval, answer.tallies().get(0), filter.asParameters(),
                clock.instant()), answer.scanned());
    }
}
