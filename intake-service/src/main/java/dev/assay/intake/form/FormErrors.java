package dev.assay.intake.form;

import dev.assay.contracts.web.FieldViolation;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errors of one form submission in the interface language, one per field (the first found), in the order the
 * fields appear on the page, so that the summary at the top lists them in the order a keyboard reaches them.
 */
final class FormErrors {

    /** One line of the error summary; {@code target} is the id of the control its link moves focus to. */
    public record Entry(String field, String target, String message) {
    }

    static final String GLOBAL = "global";
    private static final List<String> ORDER = List.of(GLOBAL, "submitterType", "country", "organisation", "name",
            "email", "subject", "text", "themes", "resolutions", "attachments");

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> byField = new LinkedHashMap<>();

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(String field, String key, Object... args) {
        byField.putIfAbsent(field, messages.getMessage(key, args, locale));
    }

    /** A rule the validator found broken, said the way the form says it. */
    void add(FieldViolation violation, Map<String, Integer> maxLengths) {
        String path = violation.field();
        String code = violation.code() == null ? "" : violation.code();
        switch (path.replaceAll("\\[\\d+]$", "")) {
            case "submitter", "submitter.type" -> add("submitterType", "error.submitterType");
            case "submitter.country" ->
                    add("country", "required".equals(code) ? "error.country.required" : "error.country.unknown");
            case "submitter.organisation" -> tooLong("organisation", maxLengths);
            case "submitter.name" -> tooLong("name", maxLengths);
            case "submitter.email" -> add("email", "error.email");
            case "subject" -> textError("subject", code, maxLengths);
            case "body" -> textError("text", code, maxLengths);
            case "themes" -> add("themes", "error.themes");
            case "resolutions" -> add("resolutions", "error.resolutions");
            default -> add(GLOBAL, "error.generic");
        }
    }

    private void textError(String field, String code, Map<String, Integer> maxLengths) {
        if ("too-long".equals(code)) {
            tooLong(field, maxLengths);
        } else {
            add(field, "error." + field + ".required");
        }
    }

    private void tooLong(String field, Map<String, Integer> maxLengths) {
        add(field, "error.tooLong", messages.getMessage("field." + field, null, locale), maxLengths.get(field));
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Field name to message, for the messages beside the fields. */
    Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    /** The summary, in page order. */
    List<Entry> summary(Map<String, String> targets) {
        List<Entry> entries = new ArrayList<>();
        for (String field : ORDER) {
            if (byField.containsKey(field)) {
                entries.add(new Entry(field, targets.getOrDefault(field, field), byField.get(field)));
            }
        }
        return entries;
    }
}
