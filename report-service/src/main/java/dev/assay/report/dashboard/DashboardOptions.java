package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.report.counters.Dimension;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** The filter form's fields: one list per filter the dashboard offers, each value named in the interface language. */
@Component
class DashboardOptions {

    /** The filters of the form, in its order; the API takes more (country, channel…), and so does a shared URL. */
    static final List<Dimension> FILTERS = List.of(Dimension.THEME, Dimension.UN_REGIONAL_GROUP, Dimension.M49_REGION,
            Dimension.SUBMITTER_TYPE, Dimension.LANGUAGE, Dimension.VERIFICATION, Dimension.RESOLUTION);

    private final MessageSource messages;

    DashboardOptions(MessageSource messages) {
        this.messages = messages;
    }

    record Option(String value, String label) {
    }

    /** @param name the parameter, the dimension's id */
    record Filter(String name, String label, List<Option> options) {
    }

    List<Filter> in(InterfaceLanguage language) {
        Labels labels = new Labels(messages, language);
        return FILTERS.stream().map(dimension -> new Filter(dimension.id(), labels.text("filter." + dimension.id()),
                dimension.allowedValues().orElseThrow().stream()
                        .map(value -> new Option(value, labels.value(dimension.id(), value))).toList())).toList();
    }
}
