package dev.assay.intake.web;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.web.FieldViolation;
import dev.assay.intake.IntakeProperties.MaxLength;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request against intake's rules and collects every broken rule before refusing it. Text fields lose
 * their control characters (line breaks and tabs stay) and surrounding white space before they are checked, so a
 * field made only of invisible characters counts as blank.
 */
public final class CommunicationValidator {

    static final int MAX_RESOLUTIONS = 50;
    private static final int EMAIL_MAX_LENGTH = 254;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern RESOLUTION = Pattern.compile("^(\\d{1,2})/(\\d{1,3})$");
    /** The UNEA-7 resolution has no symbol yet; classification knows it by this id. */
    static final String UNEA_7 = Resolution.UNEA_7.id();
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "^" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+(?:\\p{L}{2,63}|xn--[A-Za-z0-9-]{1,59})$");
    private static final int ECHO_LIMIT = 40;

    private final MaxLength maxLength;

    public CommunicationValidator(MaxLength maxLength) {
        this.maxLength = maxLength;
    }

    /** @throws InvalidCommunicationException listing every offending field */
    public ValidCommunication validate(CommunicationRequest request) {
        return validate(request, false);
    }

    /**
     * @param withFiles whether files come with the request: then they may carry the text and the body may be empty
     * @throws InvalidCommunicationException listing every offending field
     */
    public ValidCommunication validate(CommunicationRequest request, boolean withFiles) {
        Violations violations = new Violations();
        Submitter submitter = submitter(request.submitter(), violations);
        String subject = requiredText("subject", request.subject(), maxLength.subject(), violations);
        String body = withFiles
                ? optionalText("body", request.body(), maxLength.body(), violations)
                : requiredText("body", request.body(), maxLength.body(), violations);
        List<Theme> themes = themes(request.themes(), violations);
        List<String> resolutions = resolutions(request.resolutions(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidCommunicationException(violations.list);
        }
        return new ValidCommunication(submitter, subject, body, themes, resolutions);
    }

    private Submitter submitter(CommunicationRequest.SubmitterRequest request, Violations violations) {
        if (request == null) {
            violations.add("submitter", "required", "is required");
            return null;
        }
        SubmitterType type = submitterType(request.type(), violations);
        String country = country(request.country(), violations);
        if (country == null && type != null && type.speaksForACountry() && isBlank(request.country())) {
            violations.add("submitter.country", "required", "is required when the submitter type is " + type.id());
        }
        String organisation = optionalText("submitter.organisation", request.organisation(),
                maxLength.organisation(), violations);
        String name = optionalText("submitter.name", request.name(), maxLength.name(), violations);
        String email = email(request.email(), violations);
        return type == null ? null : new Submitter(type, country, organisation, name, email);
    }

    private static SubmitterType submitterType(String raw, Violations violations) {
        String id = clean(raw);
        if (id == null || id.isEmpty()) {
            violations.add("submitter.type", "required", "is required");
            return null;
        }
        try {
            return SubmitterType.fromId(id.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add("submitter.type", "unknown", quote(id) + " is not a known submitter type; expected one of: "
                    + String.join(", ", SubmitterType.ids()));
            return null;
        }
    }

    private static String country(String raw, Violations violations) {
        String code = clean(raw);
        if (code == null || code.isEmpty()) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!Countries.reference().isCode(upper)) {
            violations.add("submitter.country", "unknown", quote(code) + " is not an ISO 3166-1 alpha-2 country code");
            return null;
        }
        return upper;
    }

    private static String email(String raw, Violations violations) {
        String email = clean(raw);
        if (email == null || email.isEmpty()) {
            return null;
        }
        if (email.length() > EMAIL_MAX_LENGTH || email.indexOf('@') > 64 || !EMAIL.matcher(email).matches()) {
            violations.add("submitter.email", "invalid", quote(email) + " is not a valid e-mail address");
            return null;
        }
        return email;
    }

    private static String requiredText(String field, String raw, int max, Violations violations) {
        String text = clean(raw);
        if (text == null) {
            violations.add(field, "required", "is required");
        } else if (text.isEmpty()) {
            violations.add(field, "blank", "must not be blank");
        } else if (tooLong(text, max)) {
            violations.add(field, "too-long", tooLongMessage(text, max));
        }
        return text;
    }

    private static String optionalText(String field, String raw, int max, Violations violations) {
        String text = clean(raw);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (tooLong(text, max)) {
            violations.add(field, "too-long", tooLongMessage(text, max));
        }
        return text;
    }

    private static List<Theme> themes(List<String> raw, Violations violations) {
        if (raw == null) {
            return List.of();
        }
        Set<Theme> themes = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String id = clean(raw.get(i));
            String field = "themes[" + i + "]";
            if (id == null || id.isEmpty()) {
                violations.add(field, "unknown", "must be a theme id");
                continue;
            }
            try {
                themes.add(Theme.fromId(id.toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                violations.add(field, "unknown", quote(id) + " is not a known theme; expected one of: "
                        + String.join(", ", Theme.ids()));
            }
        }
        return List.copyOf(themes);
    }

    private static List<String> resolutions(List<String> raw, Violations violations) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_RESOLUTIONS) {
            violations.add("resolutions", "too-many", "must list at most " + MAX_RESOLUTIONS + " resolutions");
            return List.of();
        }
        Set<String> resolutions = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String id = clean(raw.get(i));
            if (id != null && UNEA_7.equalsIgnoreCase(id)) {
                resolutions.add(UNEA_7);
                continue;
            }
            var matcher = RESOLUTION.matcher(id == null ? "" : id);
            if (!matcher.matches()) {
                violations.add("resolutions[" + i + "]", "invalid", (id == null ? "null" : quote(id))
                        + " is not a resolution id of the form session/number, such as 5/12, or unea-7");
                continue;
            }
            // "05/012" and "5/12" name the same resolution; keep one spelling so reports can count them together
            String spelled = Integer.parseInt(matcher.group(1)) + "/" + Integer.parseInt(matcher.group(2));
            if (Arrays.asList(Resolution.ids()).contains(spelled)) {
                resolutions.add(spelled);
            } else {
                violations.add("resolutions[" + i + "]", "unknown", quote(spelled)
                        + " is not a resolution Assay reports on; expected one of: "
                        + String.join(", ", Resolution.ids()));
            }
        }
        return List.copyOf(resolutions);
    }

    /** Removes control characters other than line breaks and tabs, then surrounding white space. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        // almost every field is clean: one scan instead of a regex replacement over every field (the body is ~2 KB)
        return hasControlCharacter(raw) ? CONTROL.matcher(raw).replaceAll("").strip() : raw.strip();
    }

    /**
     * Whether {@code text} holds a control character that {@link #CONTROL} removes (all but CR, LF and tab). The
     * control characters (general category Cc) are exactly U+0000–U+001F and U+007F–U+009F: two comparisons per
     * character instead of a look-up of its category, which before the JIT has compiled this loop cost 8 % of the
     * first minute's CPU samples (a 2 KB body is scanned character by character).
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\r' && c != '\t' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String raw) {
        String text = clean(raw);
        return text == null || text.isEmpty();
    }

    private static boolean tooLong(String text, int max) {
        return text.length() > max && text.codePointCount(0, text.length()) > max;
    }

    private static String tooLongMessage(String text, int max) {
        return "must be at most " + max + " characters long but has " + text.codePointCount(0, text.length());
    }

    /** Echoes a client's value back in a message, shortened so a huge value cannot bloat the answer. */
    private static String quote(String value) {
        int cut = value.offsetByCodePoints(0, Math.min(ECHO_LIMIT, value.codePointCount(0, value.length())));
        return "'" + value.substring(0, cut) + (cut < value.length() ? "…'" : "'");
    }

    private static final class Violations {
        private final List<FieldViolation> list = new ArrayList<>();

        void add(String field, String code, String message) {
            list.add(new FieldViolation(field, message, code));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
