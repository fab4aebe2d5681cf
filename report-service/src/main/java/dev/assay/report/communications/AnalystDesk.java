package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.report.filter.ReportFilter;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * What an analyst does, whichever door they come through: the API ({@link CommunicationController},
 * {@link CommunicationListController}) or the dashboard's pages. One list, one way to read a communication, one review
 * path, so that a review from the page is the same event and the same audit trail as one through the API.
 */
@Component
public class AnalystDesk {

    private final CommunicationList list;
    private final CommunicationReader reader;
    private final AnalystDecisions decisions;
    private final Clock clock;

    AnalystDesk(CommunicationList list, CommunicationReader reader, AnalystDecisions decisions, Clock clock) {
        this.list = list;
        this.reader = reader;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** A page of the list, newest first. */
    public record Page(List<CommunicationListItem> items, String next) {
    }

    /**
     * @param terms search terms ({@link CommunicationListController#terms}), empty for none
     * @param after the previous page's {@code next}, or null for the first page
     * @throws dev.assay.report.web.InvalidFieldException when {@code after} is not a cursor of this filter
     */
    public Page list(ReportFilter reportFilter, List<String> terms, String after, int limit) {
        Document filter = CommunicationList.filter(reportFilter);
        ListCursor cursor = after == null || after.isEmpty() ? null
                : ListCursor.decode(after, CommunicationList.fingerprint(filter, terms));
        CommunicationList.Page page = list.page(filter, terms, cursor, limit);
        return new Page(page.items(), page.next());
    }

    /** @throws CommunicationNotFoundException or {@link CommunicationWithdrawnException} */
    public CommunicationView communication(String id) {
        return reader.requireWithCampaign(id);
    }

    /**
     * Publishes the review and returns it once Kafka holds it; the figures move when the projection reads it back.
     *
     * @param reviewedBy the analyst as the issuer names them (the token's or the ID token's subject)
     * @throws dev.assay.report.web.InvalidFieldException naming every invalid field
     */
    public CommunicationReviewed review(String id, ReviewRequest request, String reviewedBy) {
        CommunicationReviewed event = request.toEvent(id, clock.instant(), reviewedBy);
        reader.require(id);
        decisions.reviewed(event);
        return event;
    }
}
