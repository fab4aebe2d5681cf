package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.summary.GroupParticipation;
import dev.assay.report.summary.MemberState;
import dev.assay.report.summary.Participation;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compilation as a Word document the secretariat edits: real heading styles (Word's navigation pane and table of
 * contents find them), tables for the figures and the annex, Arabic paragraphs right to left. POI keeps a document in
 * memory until it is written, so this one is held once, as POI's XML, and written straight to {@code out}.
 */
final class DocxCompilation implements CompilationWriter {

    private final OutputStream out;
    private final XWPFDocument document = new XWPFDocument();
    private XWPFTable annex;

    DocxCompilation(OutputStream out) {
        this.out = out;
        DocxStyles.headings(document);
    }

    @Override
    public void cover(Cover cover) {
        paragraph(Wording.DOCUMENT).getRuns().get(0).setItalic(true);
        heading(1, cover.title());
        paragraph(Dates.period(cover) + ".");
        if (!cover.filters().isEmpty()) {
            paragraph("Filters: " + cover.filters().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")) + ".");
        }
        paragraph("Generated on " + Dates.of(cover.generatedAt()) + ".");
        heading(2, Wording.MANDATE);
        paragraph(Wording.MANDATE_TEXT);
        for (Cover.Mandate mandate : cover.mandate()) {
            paragraph("Resolution " + mandate.symbol() + ": " + mandate.title());
        }
        document.getLastParagraph().createRun().addBreak(BreakType.PAGE);
    }

    @Override
    public void participation(Participation participation) {
        heading(2, Wording.PARTICIPATION);
        paragraph(Wording.heard(participation.heard(), participation.memberStates(),
                participation.awaitingVerification()));
        paragraph(Wording.PARTICIPATION_NOTE).getRuns().get(0).setItalic(true);
        groups(Wording.BY_GROUP, participation.groups().get("unRegionalGroup"), true);
        groups(Wording.BY_STATUS, participation.groups().get("developmentStatus"), false);
        names(Wording.HEARD_FROM, participation.heardFrom());
        names(Wording.AWAITING, participation.awaitingVerificationFrom());
    }

    private void groups(String caption, Map<String, GroupParticipation> groups, boolean regional) {
        heading(3, caption);
        XWPFTable table = table(Wording.GROUP_COLUMNS);
        groups.forEach((id, group) -> row(table, Wording.groupRow(regional ? Region.labelOf(id) : Wording.status(id),
                group)));
    }

    private void names(String caption, List<MemberState> states) {
        heading(3, caption + " (" + states.size() + ")");
        paragraph(states.isEmpty() ? "None."
                : states.stream().map(MemberState::name).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public void overview(Overview overview) {
        heading(2, Wording.OVERVIEW);
        paragraph(Wording.overview(overview));
        String[] columns = new String[Region.values().length + 2];
        columns[0] = "Theme";
        for (Region region : Region.values()) {
            columns[region.ordinal() + 1] = region.label();
        }
        columns[columns.length - 1] = "Total";
        XWPFTable table = table(columns);
        for (Theme theme : overview.themes()) {
            String[] cells = new String[columns.length];
            cells[0] = theme.title();
            for (Region region : Region.values()) {
                cells[region.ordinal() + 1] = String.valueOf(overview.count(theme, region));
            }
            cells[cells.length - 1] = String.valueOf(overview.count(theme));
            row(table, cells);
        }
    }

    @Override
    public void theme(Theme theme, long count) {
        heading(2, theme.title());
        paragraph(Wording.theme(theme, count));
    }

    @Override
    public void region(Region region, long count) {
        heading(3, Wording.region(region, count));
    }

    @Override
    public void entry(Entry entry) {
        paragraph(Wording.entryHeading(entry)).getRuns().get(0).setBold(true);
        XWPFParagraph subject = paragraph("Subject: ");
        text(subject, entry.subject(), entry.language());
        if (entry.campaignSize() > 0) {
            paragraph(Wording.campaign(entry.campaignSize()));
        }
        if (entry.reviewed()) {
            paragraph(Wording.reviewed()).getRuns().get(0).setItalic(true);
        }
        for (Excerpt excerpt : entry.excerpts()) {
            paragraph(Wording.passage(excerpt)).getRuns().get(0).setItalic(true);
            if (excerpt.text() != null) {
                XWPFParagraph quote = document.createParagraph();
                quote.setIndentationLeft(360);
                quote.setIndentationRight(360);
                text(quote, excerpt.text() + (excerpt.cut() ? " […]" : ""), entry.language());
            }
        }
    }

    @Override
    public void annex(long count) {
        heading(2, Wording.ANNEX);
        paragraph(Wording.annex(count));
        annex = table(Wording.ANNEX_COLUMNS);
    }

    @Override
    public void annexLine(AnnexLine line) {
        row(annex, new String[] {String.valueOf(line.number()), Dates.of(line.receivedAt()), line.submitter(),
                Languages.name(line.language()), line.subject(), String.join(", ", line.themes()),
                line.campaign() == null ? "" : "copy in " + line.campaign()});
    }

    @Override
    public void finish() throws IOException {
        try (document) {
            document.write(out);
        }
        out.flush();
    }

    private void heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxStyles.heading(level));
        paragraph.createRun().setText(Docx.clean(text));
    }

    private XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(Docx.clean(text));
        return paragraph;
    }

    /** A submitter's text in its language: right to left for Arabic, so that Word lays it out as written. */
    private static void text(XWPFParagraph paragraph, String text, String language) {
        XWPFRun run = paragraph.createRun();
        Docx.language(paragraph, run, language);
        Docx.lines(run, text);
    }

    private XWPFTable table(String[] columns) {
        XWPFTable table = document.createTable(1, columns.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < columns.length; i++) {
            XWPFParagraph cell = header.getCell(i).getParagraphs().get(0);
            XWPFRun run = cell.createRun();
            run.setBold(true);
            run.setText(columns[i]);
        }
        return table;
    }

    private static void row(XWPFTable table, String[] cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).getParagraphs().get(0).createRun().setText(Docx.clean(cells[i]));
        }
    }
}
