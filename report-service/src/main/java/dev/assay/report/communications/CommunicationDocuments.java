package dev.assay.report.communications;

import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Projections;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a {@link CommunicationView} to and from its document in the {@code communications} collection. The mapping goes
 * through the application's JSON mapper, so the stored fields have the wire names and values of the events (theme and
 * channel ids, ISO-8601 instants with their full precision) rather than Spring Data's conventions (enum constant names,
 * millisecond dates). The projection adds its bookkeeping fields next to these; {@link #viewFields()} leaves them out.
 */
@Component
public class CommunicationDocuments {

    public static final String COLLECTION = "communications";
    public static final String ID = "_id";
    /** The analyst's verification, one of the view's fields. */
    public static final String ANALYST_VERIFICATION = "analystVerification";
    /** Present only on a withdrawn communication, which holds nothing else of the view. */
    public static final String WITHDRAWN = "withdrawn";
    /** Present once the communication is classified; a document without it holds only what arrived earlier. */
    public static final String CLASSIFIED_AT = "classifiedAt";
    /** The words of subject and body ({@link SearchTerms}), which the list's search matches. */
    static final String SEARCH_TERMS = "searchTerms";
    /** {@code receivedAt} as a date, which the list sorts by: the ISO string's length varies with its precision. */
    static final String RECEIVED_DATE = "receivedDate";
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final List<String> VIEW_FIELDS = Arrays.stream(CommunicationView.class.getRecordComponents())
            .map(component -> component.getName())
            .filter(name -> !name.equals("id"))
            .toList();

    private final JsonMapper mapper;

    public CommunicationDocuments(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The view's fields, and what the list searches and sorts by. */
    public Document toDocument(CommunicationView view) {
        Map<String, Object> fields = mapper.convertValue(view, FIELDS);
        fields.remove("id");
        Document document = new Document(ID, view.id());
        document.putAll(fields);
        document.put(SEARCH_TERMS, SearchTerms.of(view.subject(), view.body()));
        document.put(RECEIVED_DATE, java.util.Date.from(view.receivedAt()));
        return document;
    }

    public CommunicationView fromDocument(Document document) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", document.get(ID));
        VIEW_FIELDS.forEach(name -> fields.put(name, document.get(name)));
        return mapper.convertValue(fields, CommunicationView.class);
    }

    /** Reads only the view's fields and the withdrawal, not the projection's bookkeeping. */
    public Bson viewFields() {
        List<String> fields = new java.util.ArrayList<>(VIEW_FIELDS);
        fields.add(WITHDRAWN);
        return Projections.include(fields);
    }

    /** A sub-document such as an {@link AnalystVerification} or a {@link Withdrawal}, in the events' JSON form. */
    public Document toDocument(Record entry) {
        return new Document(mapper.convertValue(entry, FIELDS));
    }

    /** @return the entries stored as the list {@code field} of {@code document}, in order; empty when there is none */
    public <T extends Record> List<T> entries(Document document, String field, Class<T> type) {
        List<Document> entries = document.getList(field, Document.class, List.of());
        return entries.stream().map(entry -> mapper.convertValue(new LinkedHashMap<>(entry), type)).toList();
    }

    /** @return the entry stored as {@code field} of {@code document}, or null */
    public <T extends Record> T entry(Document document, String field, Class<T> type) {
        Document entry = document.get(field, Document.class);
        return entry == null ? null : mapper.convertValue(new LinkedHashMap<>(entry), type);
    }
}
