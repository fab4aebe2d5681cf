package dev.assay.report.campaigns;

import dev.assay.contracts.security.Role;
import dev.assay.report.ReportProperties;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.RequestParameters;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The campaigns of near-duplicate communications, largest first: public figures (size, dates, senders' regions,
 * themes) for anyone, and for analysts the text of each campaign's first member as well. An analyst's answer holds
 * texts, so it is never cached; anyone else's may be reused like every other report.
 */
@RestController
@RequestMapping("/api/v1/reports")
class CampaignController {

    static final String MIN_SIZE = "minSize";
    static final String LIMIT = "limit";
    static final int MAX_LIMIT = 200;
    private static final int DEFAULT_LIMIT = 50;

    private final CampaignReport report;
    private final Clock clock;
    private final CacheControl cacheControl;

    CampaignController(CampaignReport report, Clock clock, ReportProperties properties) {
        this.report = report;
        this.clock = clock;
        this.cacheControl = CacheControl.maxAge(properties.reportMaxAge()).mustRevalidate();
    }

    @GetMapping("/campaigns")
    ResponseEntity<CampaignList> campaigns(@RequestParam MultiValueMap<String, String> parameters,
                                           Authentication authentication) {
        RequestParameters request = new RequestParameters(parameters);
        int minSize = request.integer(MIN_SIZE, 2, 2, Integer.MAX_VALUE);
        int limit = request.integer(LIMIT, DEFAULT_LIMIT, 1, MAX_LIMIT);
        YearMonth from = request.month(RequestParameters.FROM);
        YearMonth to = request.month(RequestParameters.TO);
        if (from != null && to != null && from.isAfter(to)) {
            request.invalid(RequestParameters.FROM, from + " is after to (" + to + ")");
        }
        String group = request.value(Dimension.UN_REGIONAL_GROUP);
        String region = request.value(Dimension.M49_REGION);
        request.validated();
        Map<String, String> echoed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> echoed.put(name, values.get(0)));
        boolean analyst = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ANALYST.authority().equals(authority.getAuthority()));
        CampaignList list = report.list(new CampaignReport.Query(minSize, limit, from, to, group, region), analyst,
                clock.instant(), echoed);
        return ResponseEntity.ok().cacheControl(analyst ? CacheControl.noStore() : cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).body(list);
    }
}
