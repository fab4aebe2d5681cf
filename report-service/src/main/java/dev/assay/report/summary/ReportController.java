package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.report.ReportProperties;
import dev.assay.report.counters.CounterStore;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Serves the summary and the participation report. Both read every counter (a few hundred documents) and never the
 * communications, so they cost the same at a thousand communications as at a million. Clients may reuse an answer for
 * {@code assay.report.report-max-age}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final CounterStore counters;
    private final Clock clock;
    private final CacheControl cacheControl;

    ReportController(CounterStore counters, Clock clock, ReportProperties properties) {
        this.counters = counters;
        this.clock = clock;
        this.cacheControl = CacheControl.maxAge(properties.reportMaxAge()).mustRevalidate();
    }

    @GetMapping("/summary")
    ResponseEntity<Summary> summary() {
        Summary summary = Summary.of(new CounterTable(counters.all()), clock.instant());
        return ResponseEntity.ok().cacheControl(cacheControl).body(summary);
    }

    @GetMapping("/participation")
    ResponseEntity<Participation> participation() {
        Participation participation = Participation.of(new CounterTable(counters.all()), Countries.reference(),
                clock.instant());
        return ResponseEntity.ok().cacheControl(cacheControl).body(participation);
    }
}
