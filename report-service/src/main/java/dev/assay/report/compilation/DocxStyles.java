package dev.assay.report.compilation;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * Word's built-in heading styles ({@code heading 1} to {@code 3}), defined in the document: a blank POI document has
 * no styles, and a paragraph that names an undefined style looks like body text and is missing from the navigation
 * pane and from any table of contents the secretariat adds.
 */
final class DocxStyles {

    private static final int[] SIZES = {32, 28, 24};

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void headings(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= SIZES.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(heading(level));
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            style.getPPr().addNewKeepNext();
            var run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(SIZES[level - 1]));
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
