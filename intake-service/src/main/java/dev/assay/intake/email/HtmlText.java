package dev.assay.intake.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * The text a reader sees in an HTML body: block elements and {@code <br>} become line breaks, white space is
 * collapsed as a browser would (except in {@code <pre>}), and scripts, styles, the head and hidden templates are
 * dropped. Nothing is rendered or fetched.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "tbody", "thead");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final String DROPPED = "script, style, head, title, noscript, template, object, iframe, svg";

    private HtmlText() {
    }

    /** @param charset the declared charset, or null to let the document's meta tag or BOM decide */
    static String fromBytes(byte[] html, String charset) {
        try {
            Charset declared = charset == null ? null : MailCharsets.lookup(charset);
            return text(Jsoup.parse(new ByteArrayInputStream(html), declared == null ? null : declared.name(), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fromString(String html) {
        return text(Jsoup.parse(html));
    }

    private static String text(Document document) {
        document.select(DROPPED).remove();
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, document.body() == null ? document : document.body());
        return lines.toString();
    }

    private static final class Lines implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (pre > 0) {
                    out.append(text.getWholeText().replace('\u00A0', ' '));
                } else {
                    appendCollapsed(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    pre++;
                }
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    pre--;
                }
                if (BLOCKS.contains(tag)) {
                    newLine();
                } else if (CELLS.contains(tag)) {
                    out.append('\t');
                }
            }
        }

        private void appendCollapsed(String text) {
            String collapsed = text.replace('\u00A0', ' ').replaceAll("[\\s&&[^\u00A0]]+", " ");
            if (collapsed.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
                collapsed = collapsed.substring(1);
            }
            out.append(collapsed);
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        @Override
        public String toString() {
            return out.toString()
                    .replaceAll("[ \t]+\n", "\n")
                    .replaceAll("\n{3,}", "\n\n")
                    .strip();
        }
    }
}
