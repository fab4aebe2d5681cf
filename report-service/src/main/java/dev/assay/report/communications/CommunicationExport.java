package dev.assay.report.communications;

import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import dev.assay.report.web.CsvWriter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What analysts take away: the communications under the report's filters and search as CSV or JSON Lines, and the
 * reviewed ones as labelled data for improving the classifier. Both are streamed from a MongoDB cursor in batches and
 * written row by row, so memory does not grow with the number of rows; they come in no particular order (sorting a
 * million documents is what would need the memory). Submitters' names and e-mail addresses are not exported.
 */
@RestController
class CommunicationExport {

    static final String FORMAT = "format";
    private static final int BATCH = 500;
    private static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);
    private static final byte[] NEWLINE = {'\n'};

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;
    private final JsonMapper json;
    private final UnindexedReads unindexed;

    CommunicationExport(MongoTemplate mongo, CommunicationDocuments documents, JsonMapper json,
                        UnindexedReads unindexed) {
        this.unindexed = unindexed;
        this.mongo = mongo;
        this.documents = documents;
        this.json = json;
    }

    /** The report's filters, {@code q} as for the list, and {@code format=csv} (default) or {@code jsonl}. */
    @GetMapping("/api/v1/communications/export")
    ResponseEntity<StreamingResponseBody> communications(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = new RequestParameters(parameters);
        ReportFilter filter = request.filter();
        String format = request.oneOf(FORMAT, "csv", "csv", "jsonl");
        request.accept(List.of("q"));
        request.validated();
        unindexed.check("the export");
        Document query = CommunicationList.query(CommunicationList.filter(filter),
                CommunicationListController.terms(parameters.getFirst("q")), null);
        if ("jsonl".equals(format)) {
            return attachment("communications.jsonl", NDJSON, out -> each(query, view -> line(out, ExportRow.of(view))));
        }
        return attachment("communications.csv", CsvWriter.MEDIA_TYPE, out -> {
            try (CsvWriter csv = new CsvWriter(out)) {
                csv.row(ExportRow.COLUMNS.toArray());
                each(query, view -> csv.row(ExportRow.of(view).cells()));
            }
        });
    }

    /** Every reviewed communication, one JSON object per line: its text, what the machine said, what the analyst said. */
    @GetMapping("/api/v1/reviews/export")
    ResponseEntity<StreamingResponseBody> reviews(@RequestParam MultiValueMap<String, String> parameters) {
        new RequestParameters(parameters).validated();
        unindexed.check("the export of reviews");
        Document query = new Document(CommunicationDocuments.CLASSIFIED_AT, new Document("$exists", true))
                .append("reviews", new Document("$exists", true));
        return attachment("reviews.jsonl", NDJSON, out -> each(query, view -> {
            if (view.latestReview() != null) {
                line(out, LabelledExample.of(view));
            }
        }));
    }

    private void each(Document query, RowWriter writer) throws IOException {
        try (var cursor = mongo.getCollection(CommunicationDocuments.COLLECTION).find(query)
                .projection(documents.viewFields()).batchSize(BATCH).iterator()) {
            while (cursor.hasNext()) {
                writer.write(documents.fromDocument(cursor.next()));
            }
        }
    }

    private void line(OutputStream out, Object row) throws IOException {
        out.write(json.writeValueAsBytes(row));
        out.write(NEWLINE);
    }

    private static ResponseEntity<StreamingResponseBody> attachment(String name, MediaType type,
                                                                    StreamingResponseBody body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        headers.setContentType(type);
        headers.setCacheControl(CacheControl.noStore());
        return ResponseEntity.ok().headers(headers).body(body);
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(CommunicationView view) throws IOException;
    }

    /** One communication as exported (no name, no e-mail address). */
    record ExportRow(String id, String receivedAt, String channel, String submitterType, String country,
                     String organisation, String verification, String language, List<String> themes,
                     List<String> resolutions, boolean outOfScope, String subject, String body) {

        static final List<String> COLUMNS = List.of("id", "receivedAt", "channel", "submitterType", "country",
                "organisation", "verification", "language", "themes", "resolutions", "outOfScope", "subject", "body");

        static ExportRow of(CommunicationView view) {
            CommunicationListItem item = CommunicationListItem.of(view);
            return new ExportRow(item.id(), String.valueOf(item.receivedAt()), item.channel().id(),
                    item.submitterType() == null ? null : item.submitterType().id(), item.country(),
                    item.organisation(), item.verification().id(), item.language(),
                    item.themes().stream().map(theme -> theme.id()).toList(), item.resolutions(), item.outOfScope(),
                    item.subject(), view.body());
        }

        Object[] cells() {
            return new Object[] {id, receivedAt, channel, submitterType, country, organisation, verification,
                    language, String.join(";", themes), String.join(";", resolutions), String.valueOf(outOfScope),
                    subject, body};
        }
    }

    /** A reviewed communication as labelled data: the text, the machine's tags and the analyst's. */
    record LabelledExample(String id, String language, String subject, String body, Map<String, Object> machine,
                           ReviewedValues label, String reviewedAt, String reviewedBy) {

        static LabelledExample of(CommunicationView view) {
            Review latest = view.latestReview();
            var classification = view.classification();
            return new LabelledExample(view.id(), classification.language(), view.subject(), view.body(),
                    Map.of("themes", classification.themes().stream().map(tag -> tag.id().id()).toList(),
                            "resolutions", classification.resolutions(),
                            "outOfScope", classification.outOfScope(),
                            "taxonomyVersion", String.valueOf(classification.taxonomyVersion())),
                    latest.after(), latest.reviewedAt().toString(), latest.reviewedBy());
        }
    }
}
