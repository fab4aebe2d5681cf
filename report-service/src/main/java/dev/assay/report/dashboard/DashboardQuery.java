package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dashboard URL's query: the report's filters ({@link RequestParameters}, the same names and values as the API's)
 * and {@code lang}. The filter form sends every field, the empty ones too; such a URL is answered with a redirect to
 * the same view without them ({@link #canonical()}), so that what is shared or bookmarked names only what was chosen.
 *
 * @param filter     the filters as validated; invalid ones throw from {@link #of}
 * @param language   the interface language
 * @param parameters the filters as given, without {@code lang} and empty fields, in the order of the form
 */
public record DashboardQuery(ReportFilter filter, InterfaceLanguage language, Map<String, String> parameters) {

    public DashboardQuery {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * @param accepted parameters a page reads besides the filters and {@code lang} (a list's cursor, say)
     * @throws dev.assay.report.web.InvalidParametersException naming every invalid filter
     */
    public static DashboardQuery of(MultiValueMap<String, String> query, InterfaceLanguage language,
                                    List<String> accepted) {
        MultiValueMap<String, String> filters = withoutEmptyValues(query);
        filters.remove(RequestLanguage.PARAMETER);
        accepted.forEach(filters::remove);
        RequestParameters request = new RequestParameters(filters);
        ReportFilter filter = request.filter();
        request.validated();
        return new DashboardQuery(filter, language, filter.asParameters());
    }

    /**
     * The same view's URL path and query when {@code query} holds empty fields, to redirect to; empty when it is
     * already canonical.
     */
    public static Optional<String> canonical(String path, MultiValueMap<String, String> query) {
        MultiValueMap<String, String> kept = withoutEmptyValues(query);
        if (kept.size() == query.size()) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromPath(path).queryParams(kept).encode().build().toUriString());
    }

    /** A path under this view's filters and language, with {@code more} set on top (a drill-down's cell). */
    public String link(String path, Map<String, String> more) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (!more.containsKey(name)) {
                uri.queryParam(name, value);
            }
        });
        new TreeMap<>(more).forEach(uri::queryParam);
        uri.queryParam(RequestLanguage.PARAMETER, language.code());
        return uri.encode().build().toUriString();
    }

    /** This view in another language. */
    public String in(String path, InterfaceLanguage other) {
        return in(path, other, Map.of());
    }

    /** This view in another language, with {@code more} set on top (a list's cursor). */
    public String in(String path, InterfaceLanguage other, Map<String, String> more) {
        return new DashboardQuery(filter, other, parameters).link(path, more);
    }

    public String value(String name) {
        return parameters.getOrDefault(name, "");
    }

    private static MultiValueMap<String, String> withoutEmptyValues(MultiValueMap<String, String> query) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> values.stream().filter(value -> value != null && !value.isBlank())
                .forEach(value -> kept.add(name, value)));
        return kept;
    }
}
