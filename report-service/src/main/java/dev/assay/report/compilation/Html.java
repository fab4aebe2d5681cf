package dev.assay.report.compilation;

/**
 * Text as HTML that is also well-formed XML (the PDF renderer parses it as XHTML): {@code & < > " '} as entities, and
 * the characters XML 1.0 cannot hold (control characters other than tab and line ends, lone surrogates, U+FFFE/FFFF)
 * left out. Every string that came from a submitter or an analyst goes through {@link #text(String)}: a subject such
 * as {@code <script>} is shown, never run.
 */
final class Html {

    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        escaped.append(c).append(value.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
