package dev.assay.report.compilation;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Text into Word runs: characters XML cannot hold left out, line breaks kept, Arabic marked right to left. */
final class Docx {

    private Docx() {
    }

    /** The text without the characters an XML document cannot hold (Word would refuse to open the file). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(Docx::allowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** Writes {@code text} into {@code run}, each line break a Word line break. */
    static void lines(XWPFRun run, String text) {
        String[] lines = clean(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    static void language(XWPFParagraph paragraph, XWPFRun run, String language) {
        if (language == null || "und".equals(language)) {
            return;
        }
        if (Languages.rightToLeft(language)) {
            var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                    : paragraph.getCTP().addNewPPr();
            properties.addNewBidi();
            run.getCTR().addNewRPr().addNewRtl();
        }
        run.setLang(language);
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
