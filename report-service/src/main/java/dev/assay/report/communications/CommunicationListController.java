package dev.assay.report.communications;

import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import dev.assay.report.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/v1/communications}: the analysts' list, newest first, under the report's filters, with free-text
 * search in subject and body and cursor paging. Needs the {@code analyst} role like every communication route; not cached (personal data).
 */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationListController {

    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_SEARCH = 200;
    static final int MAX_SEARCH_TERMS = 10;

    private final AnalystDesk desk;

    CommunicationListController(AnalystDesk desk) {
        this.desk = desk;
    }

    /**
     * The report's filters ({@link RequestParameters}: every reported dimension, {@code from}, {@code to}) and:
     * {@code q}, words that must all occur in the subject or body, in any order and case, accents ignored
     * {@code after}, the {@code next} cursor of the previous page; {@code limit}, items per page, 1 to 200.
     */
    @GetMapping
    ResponseEntity<AnalystDesk.Page> list(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = new RequestParameters(parameters);
        ReportFilter reportFilter = request.filter();
        request.accept(List.of("q", ListCursor.PARAMETER, "limit"));
        request.validated();
        int pageSize = limit(parameters.getFirst("limit"));
        List<String> terms = terms(parameters.getFirst("q"));
        String after = parameters.getFirst(ListCursor.PARAMETER);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(desk.list(reportFilter, terms, after, pageSize));
    }

    private static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_SEARCH) {
            throw new InvalidFieldException("q", "must be at most " + MAX_SEARCH + " characters");
        }
        List<String> terms = SearchTerms.terms(q).stream().distinct().toList();
        if (terms.isEmpty()) {
            throw new InvalidFieldException("q",
                    "has no word to search for: words need two letters or digits (two characters in Chinese)");
        }
        if (terms.size() > MAX_SEARCH_TERMS) {
            throw new InvalidFieldException("q", "may hold at most " + MAX_SEARCH_TERMS + " words");
        }
        return terms;
    }
}
