package dev.assay.intake.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a message passed DMARC for its sender's domain, as the receiving server intake trusts wrote it in an
 * {@code Authentication-Results} header (RFC 8601). Only the topmost header whose authserv-id is the configured one
 * ({@code assay.intake.mail.trusted-authserv-id}) is read: headers are added on top, so it is the one the receiving
 * server wrote last, and every other header was written by someone else, possibly the sender. (RFC 8601 §5 also has
 * the receiving server remove headers with its own authserv-id that arrive from outside, which the common servers
 * do.) The message passed when that header holds a {@code dmarc=pass} result whose {@code header.from} is the domain
 * of the sender's address. Without a configured authserv-id nothing passes.
 * <p>
 * The header's grammar is read as RFC 8601 gives it: comments (nested, with escapes) are dropped, quoted strings
 * keep what they quote, results are separated by {@code ;}, and white space may surround {@code =}.
 */
final class DmarcResults {

    static final String HEADER = "Authentication-Results";

    private final String trustedAuthservId;

    /** @param trustedAuthservId the receiving server's authserv-id; null or blank: trust no header */
    DmarcResults(String trustedAuthservId) {
        this.trustedAuthservId = trustedAuthservId == null || trustedAuthservId.isBlank() ? null
                : trustedAuthservId.strip();
    }

    /** @param headers the message's {@code Authentication-Results} values, topmost first; may be null */
    boolean passed(String[] headers, String fromAddress) {
        if (trustedAuthservId == null || headers == null || fromAddress == null || fromAddress.indexOf('@') < 1) {
            return false;
        }
        String fromDomain = domain(fromAddress);
        for (String header : headers) {
            List<List<String>> parts = parse(header);
            if (parts.isEmpty() || parts.get(0).isEmpty()
                    || !parts.get(0).get(0).equalsIgnoreCase(trustedAuthservId)) {
                continue;
            }
            // the topmost header of the trusted server decides, whatever it says
            return parts.subList(1, parts.size()).stream().anyMatch(result -> dmarcPassFor(result, fromDomain));
        }
        return false;
    }

    private static boolean dmarcPassFor(List<String> result, String fromDomain) {
        if (result.isEmpty()) {
            return false;
        }
        String[] method = result.get(0).split("=", 2);
        String name = method[0].contains("/") ? method[0].substring(0, method[0].indexOf('/')) : method[0];
        if (method.length < 2 || !name.equalsIgnoreCase("dmarc") || !method[1].equalsIgnoreCase("pass")) {
            return false;
        }
        return result.stream().skip(1)
                .map(property -> property.split("=", 2))
                .anyMatch(property -> property.length == 2 && property[0].equalsIgnoreCase("header.from")
                        && domain(property[1]).equals(fromDomain));
    }

    /** The domain of {@code address} or of a bare domain, lower-cased, without a trailing dot. */
    private static String domain(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /**
     * The header as its {@code ;}-separated parts, each as its tokens: the first part is the authserv-id (and
     * perhaps a version), each later one a result ({@code method=result}, then {@code reason=…} and
     * {@code ptype.property=value}). Comments are gone, quoted strings unquoted, {@code a = b} joined into
     * {@code a=b}.
     */
    static List<List<String>> parse(String header) {
        List<List<String>> parts = new ArrayList<>();
        if (header == null) {
            return parts;
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        int length = header.length();
        for (int i = 0; i < length; i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < length) {
                    token.append(header.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    token.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                i = endOfComment(header, i);
                endToken(tokens, token);
            } else if (c == ';') {
                endToken(tokens, token);
                parts.add(joined(tokens));
                tokens = new ArrayList<>();
            } else if (c == '=') {
                endToken(tokens, token);
                tokens.add("=");
            } else if (Character.isWhitespace(c)) {
                endToken(tokens, token);
            } else {
                token.append(c);
            }
        }
        endToken(tokens, token);
        parts.add(joined(tokens));
        return parts;
    }

    /** The index of the {@code )} that closes the comment opening at {@code start}, or the end. */
    private static int endOfComment(String header, int start) {
        int depth = 0;
        for (int i = start; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return header.length();
    }

    private static void endToken(List<String> tokens, StringBuilder token) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static List<String> joined(List<String> tokens) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("=") && !joined.isEmpty()) {
                String value = i + 1 < tokens.size() && !tokens.get(i + 1).equals("=") ? tokens.get(++i) : "";
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "=" + value);
            } else {
                joined.add(t);
            }
        }
        return joined;
    }
}
