package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.report.ReportProperties;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import org.springframework.http.CacheControl;
import dev.assay.report.filter.RequestParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Serves the participation report. It reads the voice counters (at most two per Member State), the country counters
 * (one per country named) and {@code withoutCountry} by {@code _id} prefix and
 * never the communications, so it costs the same at a thousand communications as at a million. Clients may reuse an
 * answer for {@code assay.report.report-max-age}.
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

    /**
     * With {@code collapseCampaigns=true} a campaign's copies leave the stakeholders' counts; who has been heard does
     * not change, since the voice counters have no copy keys: a Member State that signed a campaign's letter spoke.
     */
    @GetMapping("/participation")
    ResponseEntity<Participation> participation(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = new RequestParameters(parameters);
        boolean collapse = request.collapseCampaigns();
        request.validated();
        // by prefix: its ~750 counters by id would cost more on the embedded server than matching every counter id
        Participation participation = Participation.of(new CounterTable(counters.withPrefixes(List.of(
                        CounterKey.prefix(List.of(Dimension.MEMBER_STATE_VOICE)),
                        CounterKey.prefix(List.of(Dimension.VERIFIED_VOICE)),
                        CounterKey.prefix(List.of(Dimension.COUNTRY)),
                        CounterKey.prefix(List.of(Dimension.WITHOUT_COUNTRY))), collapse)),
                Countries.reference(), clock.instant());
        return ResponseEntity.ok().cacheControl(cacheControl).body(participation);
    }
}
