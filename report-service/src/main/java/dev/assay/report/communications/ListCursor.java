package dev.assay.report.communications;

import dev.assay.report.web.InvalidFieldException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a page of the list ended: the last item's receipt time and id, and a fingerprint of the query it belongs to,
 * as an opaque URL-safe token. The next page starts strictly after that item in the list's order (receipt time
 * descending, then id descending), so items received meanwhile never shift or repeat a page. A cursor of another query,
 * or one that was altered, is refused rather than answered with a page of something else.
 */
record ListCursor(long receivedAtMillis, String id, String query) {

    private static final Pattern DECODED = Pattern.compile("(-?\\d{1,19})\\|([A-Za-z0-9_-]{1,64})\\|([0-9a-f]{16})");
    static final String PARAMETER = "after";

    String encode() {
        String plain = receivedAtMillis + "|" + id + "|" + query;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    Instant receivedAt() {
        return Instant.ofEpochMilli(receivedAtMillis);
    }

    /** @throws InvalidFieldException when {@code token} is no cursor of the query with fingerprint {@code query} */
    static ListCursor decode(String token, String query) {
        String plain;
        try {
            plain = token.length() > 200 ? "" : new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            plain = "";
        }
        var match = DECODED.matcher(plain);
        if (!match.matches()) {
            throw new InvalidFieldException(PARAMETER, "is not a cursor this list returned; start again without it");
        }
        if (!match.group(3).equals(query)) {
            throw new InvalidFieldException(PARAMETER,
                    "belongs to a list with other filters or search; start again without it");
        }
        try {
            return new ListCursor(Long.parseLong(match.group(1)), match.group(2), query);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(PARAMETER, "is not a cursor this list returned; start again without it");
        }
    }
}
