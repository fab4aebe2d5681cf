package dev.assay.report.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.assay.report.browser.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** axe-core runs in the page and reports what it finds, on a page in the scripts the dashboard shows. */
class AxeScanBrowserTest {

    /** A 1×1 transparent PNG, so that the image loads without a request. */
    private static final String PIXEL = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    private static final String MULTILINGUAL = """
            <p lang="ar" dir="rtl">تقرير المشاركة في الإدارة السليمة بيئياً للمعادن والفلزات</p>
            <p lang="zh">关于矿物和金属环境无害化管理的参与情况报告</p>
            """;

    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = StaticSite.serving(Map.of(
                "/image-without-alt.html", page("Participation", MULTILINGUAL + "<img src=\"" + PIXEL + "\">"),
                "/accessible.html", page("Participation", MULTILINGUAL + "<img src=\"" + PIXEL + "\" alt=\"\">")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @Test
    void anImageWithoutAltIsACriticalViolationNamingTheImage() {
        browser.open(site.url("/image-without-alt.html"));

        List<AxeViolation> violations = AxeScan.run(browser);
        browser.screenshot("axe-scan-multilingual");

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.id()).isEqualTo("image-alt");
            assertThat(violation.impact()).isEqualTo("critical");
            assertThat(violation.help()).isEqualTo("Images must have alternate text");
            assertThat(violation.targets()).containsExactly("img");
            assertThat(violation.helpUrl()).startsWith("https://dequeuniversity.com/rules/axe/");
        });
        assertThat(AxeScan.seriousOrCritical(violations)).isEqualTo(violations);
        assertThat(AxeScan.describe(violations)).isEqualTo("axe " + AxeScan.version() + " violations:\n  "
                + "image-alt (critical): Images must have alternate text [img] <" + violations.get(0).helpUrl() + ">");
    }

    @Test
    void anAccessiblePageInArabicChineseAndEnglishHasNoViolation() {
        browser.open(site.url("/accessible.html"));

        List<AxeViolation> violations = AxeScan.run(browser);

        assertThat(violations).as(AxeScan.describe(violations)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
