package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.GroupParticipation;
import dev.assay.report.summary.MemberState;
import dev.assay.report.summary.Participation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compilation as one HTML page, written part by part as it is given: nothing but the open elements is kept. The
 * markup is also well-formed XHTML, so the PDF renderer reads the same page. Every user-supplied string goes through
 * {@link Html#text(String)}; the fonts' family names match those {@link CompilationFonts} gives the PDF renderer. A text
 * in Arabic or Chinese names its script's font first: the renderer tries a style's fonts in order for every character,
 * and each font that lacks one costs an exception (a quarter of a 10 000-communication PDF's time when they did not).
 */
final class HtmlCompilation implements CompilationWriter {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', sans-serif; font-size: 10pt; \
            line-height: 1.4; }
            .cover { page-break-after: always; }
            h1 { font-size: 18pt; } h2 { font-size: 14pt; page-break-before: always; } h3 { font-size: 12pt; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #e8eef4; }
            .entry { margin: 8pt 0; page-break-inside: auto; }
            .meta { font-weight: bold; margin-bottom: 2pt; }
            blockquote { margin: 3pt 0 3pt 12pt; padding-left: 6pt; border-left: 2pt solid #9ab; }
            blockquote[dir=rtl] { margin: 3pt 12pt 3pt 0; padding-right: 6pt; border-left: none; \
            border-right: 2pt solid #9ab; text-align: right; }
            .note { font-style: italic; color: #444; }
            *[lang=ar] { font-family: 'Noto Sans Arabic', 'Noto Sans', sans-serif; }
            *[lang=zh] { font-family: 'Noto Sans SC', 'Noto Sans', sans-serif; }
            ul { list-style-type: square; }
            """;
    private static final String PART_STYLE = """
            .cover { page-break-after: auto; } h2 { page-break-before: auto; }
            """;

    private final Writer out;
    private boolean begun;
    private boolean inTheme;
    private boolean inRegion;
    private boolean inAnnex;

    HtmlCompilation(Writer out) {
        this.out = out;
    }

    /**
     * Opens the page: what comes before the first section. {@link #cover} opens the whole document's page; a part of
     * the PDF ({@link PdfCompilation}) opens its own, which begins on a new page anyway: a forced break before its
     * first heading or after its cover would leave a blank page.
     */
    void begin(String title, boolean part) throws IOException {
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + Html.text(title) + "</title><style>" + STYLE
                + (part ? PART_STYLE : "") + "</style></head><body>\n");
        begun = true;
    }

    @Override
    public void cover(Cover cover) throws IOException {
        if (!begun) {
            begin(cover.title(), false);
        }
        out.write("<section class=\"cover\" id=\"cover\">");
        out.write("<p class=\"note\">" + Html.text(Wording.DOCUMENT) + "</p><h1>" + Html.text(cover.title()) + "</h1>");
        out.write("<p id=\"period\">" + Html.text(Dates.period(cover)) + ".</p>");
        if (!cover.filters().isEmpty()) {
            out.write("<p>Filters: " + Html.text(cover.filters().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; "))) + ".</p>");
        }
        out.write("<p>Generated on " + Html.text(Dates.of(cover.generatedAt())) + ".</p>");
        out.write("<h2 style=\"page-break-before: avoid\" id=\"mandate\">" + Wording.MANDATE + "</h2><p>"
                + Html.text(Wording.MANDATE_TEXT) + "</p><ul>");
        for (Cover.Mandate mandate : cover.mandate()) {
            out.write("<li>Resolution " + Html.text(mandate.symbol()) + ": " + Html.text(mandate.title()) + "</li>");
        }
        out.write("</ul></section>\n");
    }

    @Override
    public void participation(Participation participation) throws IOException {
        out.write("<section id=\"participation\"><h2>" + Wording.PARTICIPATION + "</h2><p>"
                + Html.text(Wording.heard(participation.heard(), participation.memberStates(),
                participation.awaitingVerification())) + "</p><p class=\"note\">" + Wording.PARTICIPATION_NOTE
                + "</p>");
        groups(Wording.BY_GROUP, participation.groups().get("unRegionalGroup"), true);
        groups(Wording.BY_STATUS, participation.groups().get("developmentStatus"), false);
        names(Wording.HEARD_FROM, participation.heardFrom());
        names(Wording.AWAITING, participation.awaitingVerificationFrom());
        out.write("</section>\n");
    }

    private void groups(String caption, Map<String, GroupParticipation> groups, boolean regional) throws IOException {
        out.write("<h3>" + caption + "</h3><table><thead><tr>");
        for (String column : Wording.GROUP_COLUMNS) {
            out.write("<th>" + column + "</th>");
        }
        out.write("</tr></thead><tbody>");
        for (Map.Entry<String, GroupParticipation> group : groups.entrySet()) {
            row(Wording.groupRow(regional ? Region.labelOf(group.getKey()) : Wording.status(group.getKey()),
                    group.getValue()));
        }
        out.write("</tbody></table>");
    }

    private void names(String caption, List<MemberState> states) throws IOException {
        out.write("<h3>" + caption + " (" + states.size() + ")</h3><p>" + (states.isEmpty() ? "None."
                : Html.text(states.stream().map(MemberState::name).collect(Collectors.joining(", "))) + ".")
                + "</p>");
    }

    @Override
    public void overview(Overview overview) throws IOException {
        out.write("<section id=\"overview\"><h2>" + Wording.OVERVIEW + "</h2><p>" + Html.text(Wording.overview(overview))
                + "</p><table><thead><tr><th>Theme</th>");
        for (Region region : Region.values()) {
            out.write("<th>" + Html.text(region.label()) + "</th>");
        }
        out.write("<th>Total</th></tr></thead><tbody>");
        for (Theme theme : overview.themes()) {
            out.write("<tr><td>" + Html.text(theme.title()) + "</td>");
            for (Region region : Region.values()) {
                out.write("<td>" + overview.count(theme, region) + "</td>");
            }
            out.write("<td>" + overview.count(theme) + "</td></tr>");
        }
        out.write("</tbody></table></section>\n");
    }

    @Override
    public void theme(Theme theme, long count) throws IOException {
        closeTheme();
        out.write("<section class=\"theme\" id=\"theme-" + theme.id() + "\"><h2>" + Html.text(theme.title())
                + "</h2><p>" + Wording.theme(theme, count) + "</p>");
        inTheme = true;
    }

    @Override
    public void region(Region region, long count) throws IOException {
        closeRegion();
        out.write("<section class=\"region\"><h3>" + Html.text(Wording.region(region, count)) + "</h3>");
        inRegion = true;
    }

    @Override
    public void entry(Entry entry) throws IOException {
        out.write("<div class=\"entry\" id=\"communication-" + Html.text(entry.id()) + "\"><p class=\"meta\">"
                + Html.text(Wording.entryHeading(entry)) + "</p><p class=\"subject\">Subject: <span"
                + language(entry.language()) + ">" + Html.text(entry.subject()) + "</span></p>");
        if (entry.campaignSize() > 0) {
            out.write("<p class=\"campaign\">" + Wording.campaign(entry.campaignSize()) + "</p>");
        }
        if (entry.reviewed()) {
            out.write("<p class=\"note\">" + Wording.reviewed() + "</p>");
        }
        for (Excerpt excerpt : entry.excerpts()) {
            out.write("<p class=\"note\">" + Html.text(Wording.passage(excerpt)) + "</p>");
            if (excerpt.text() != null) {
                out.write("<blockquote" + language(entry.language()) + ">" + Html.text(excerpt.text())
                        + (excerpt.cut() ? " […]" : "") + "</blockquote>");
            }
        }
        out.write("</div>\n");
    }

    @Override
    public void annex(long count) throws IOException {
        closeTheme();
        out.write("<section id=\"annex\"><h2>" + Wording.ANNEX + "</h2><p>" + Wording.annex(count) + "</p>");
        annexTable();
    }

    /** The current theme goes on where a part of the PDF began: its heading again, marked as continued. */
    void continueTheme(Theme theme) throws IOException {
        out.write("<section class=\"theme\"><h2>" + Html.text(Wording.continued(theme.title())) + "</h2>");
        inTheme = true;
    }

    /** The current theme's region goes on where a part of the PDF began: both headings again, marked as continued. */
    void continueRegion(Theme theme, Region region) throws IOException {
        continueTheme(theme);
        out.write("<section class=\"region\"><h3>" + Html.text(Wording.continued(region.label())) + "</h3>");
        inRegion = true;
    }

    /** The annex goes on where a part of the PDF began: its heading and the table's header again. */
    void continueAnnex() throws IOException {
        out.write("<section class=\"annex\"><h2>" + Wording.continued(Wording.ANNEX) + "</h2>");
        annexTable();
    }

    private void annexTable() throws IOException {
        out.write("<table><thead><tr>");
        for (String column : Wording.ANNEX_COLUMNS) {
            out.write("<th>" + column + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
        inAnnex = true;
    }

    @Override
    public void annexLine(AnnexLine line) throws IOException {
        out.write("<tr><td>" + line.number() + "</td><td>" + Dates.of(line.receivedAt()) + "</td><td>"
                + Html.text(line.submitter()) + "</td><td>" + Languages.name(line.language()) + "</td><td"
                + language(line.language()) + ">" + Html.text(line.subject()) + "</td><td>"
                + Html.text(String.join(", ", line.themes())) + "</td><td>"
                + (line.campaign() == null ? "" : "copy in " + Html.text(line.campaign())) + "</td></tr>\n");
    }

    @Override
    public void finish() throws IOException {
        if (inAnnex) {
            out.write("</tbody></table></section>");
        }
        closeTheme();
        out.write("</body></html>\n");
        out.flush();
    }

    /** The language and, for Arabic, the direction of a submitter's text, for browsers and the PDF's bidi. */
    private static String language(String code) {
        if (code == null || "und".equals(code)) {
            return "";
        }
        return " lang=\"" + Html.text(code) + "\"" + (Languages.rightToLeft(code) ? " dir=\"rtl\"" : "");
    }

    private void row(String[] cells) throws IOException {
        out.write("<tr>");
        for (String cell : cells) {
            out.write("<td>" + Html.text(cell) + "</td>");
        }
        out.write("</tr>");
    }

    private void closeRegion() throws IOException {
        if (inRegion) {
            out.write("</section>\n");
            inRegion = false;
        }
    }

    private void closeTheme() throws IOException {
        closeRegion();
        if (inTheme) {
            out.write("</section>\n");
            inTheme = false;
        }
    }
}
