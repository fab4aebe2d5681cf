package dev.assay.report.summary;

import dev.assay.report.ReportProperties;
import org.springframework.http.CacheControl;
import dev.assay.report.filter.RequestParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the participation report ({@link ParticipationReport}). Clients may reuse an answer for
 * {@code assay.report.report-max-age}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final ParticipationReport report;
    private final CacheControl cacheControl;

    ReportController(ParticipationReport report, ReportProperties properties) {
        this.report = report;
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
        return ResponseEntity.ok().cacheControl(cacheControl).body(report.now(collapse));
    }
}
