package dev.assay.report.dashboard;

import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import dev.assay.report.browser.AxeScan;
import dev.assay.report.browser.AxeViolation;
import dev.assay.report.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static dev.assay.report.dashboard.DashboardScreen.awaitCharts;
import static dev.assay.report.dashboard.DashboardScreen.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public dashboard in headless Chromium against the running service, over {@link DashboardLetters}: what the
 * browser shows after its scripts ran, with screenshots in English and Arabic under {@code target/screenshots}.
 */
@ReportServiceTest
class DashboardBrowserTest {

    private static Browser browser;

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @LocalServerPort
    private int port;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void theDashboardLoadsWithoutConsoleErrorsAndItsChartsShowTheSeededNumbers() {
        DashboardLetters.project(report);

        browser.open(url("/dashboard"));
        awaitCharts(browser);

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(number(browser, "theme", "resource-recovery")).isEqualTo(2);
        assertThat(number(browser, "theme", "capacity-building")).isEqualTo(2);
        assertThat(number(browser, "language", "zh")).isEqualTo(1);
        // the chart drew what the table says: Chart.js keeps the data it was given on the canvas' chart
        assertThat(chartData("theme")).containsExactly(1L, 2L, 2L, 2L);
        browser.screenshot("dashboard-en");
        viewportScreenshot("dashboard-en-top");
    }

    @Test
    void aFilterChangesTheNumbersAndTheAddress() {
        DashboardLetters.project(report);
        browser.open(url("/dashboard"));

        new Select(browser.driver().findElement(By.id("filter-language"))).selectByValue("fr");
        browser.driver().findElement(By.id("apply")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().contains("language=fr"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard?lang=en&language=fr");
        awaitCharts(browser);
        assertThat(number(browser, "theme", "resource-recovery")).isEqualTo(2);
        assertThat(number(browser, "theme", "capacity-building")).isZero();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aNewClassificationShowsWithinSecondsWithoutReloading() {
        DashboardLetters.project(report);
        browser.open(url("/dashboard"));
        awaitCharts(browser);
        browser.driver().executeScript("document.body.setAttribute('data-loaded-once', 'yes')");

        report.project(aClassification().id("late").receivedAt("2026-04-05T09:00:00Z").language("es")
                .from(SubmitterType.MEMBER_STATE, "MX").text("Relaves", "Recuperación de metales de relaves.")
                .themes(Theme.RESOURCE_RECOVERY).build());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(number(browser, "theme", "resource-recovery")).isEqualTo(3));
        assertThat(chartData("theme")).containsExactly(1L, 3L, 2L, 2L);
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-loaded-once")).isEqualTo("yes");
    }

    @Test
    void inArabicThePageIsRightToLeftAndPassesTheAccessibilityScan() {
        DashboardLetters.project(report);

        browser.open(url("/dashboard?lang=ar"));
        awaitCharts(browser);

        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.consoleErrors()).isEmpty();
        List<AxeViolation> violations = AxeScan.run(browser);
        assertThat(AxeScan.seriousOrCritical(violations)).as(AxeScan.describe(violations)).isEmpty();
        browser.screenshot("dashboard-ar");
    }

    @Test
    void inEnglishThePagePassesTheAccessibilityScan() {
        DashboardLetters.project(report);

        browser.open(url("/dashboard"));
        awaitCharts(browser);

        List<AxeViolation> violations = AxeScan.run(browser);
        assertThat(AxeScan.seriousOrCritical(violations)).as(AxeScan.describe(violations)).isEmpty();
    }

    @Test
    void onAPhoneAndAt200PercentNothingIsWiderThanTheScreen() {
        DashboardLetters.project(report);

        browser.phone().open(url("/dashboard"));
        awaitCharts(browser);
        assertThat(pageOverflow()).isZero();
        browser.screenshot("dashboard-phone-en");

        browser.zoom(200).open(url("/dashboard?lang=ar"));
        awaitCharts(browser);
        assertThat(pageOverflow()).isZero();
        browser.screenshot("dashboard-zoom200-ar");
    }

    @Test
    void everyControlIsReachableByKeyboardWithAVisibleLabel() {
        browser.open(url("/dashboard"));

        List<WebElement> fields = browser.driver().findElements(By.cssSelector(".filters select, .filters input:not([type=hidden])"));
        assertThat(fields).isNotEmpty().allSatisfy(field -> {
            String id = field.getAttribute("id");
            assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']"))).hasSize(1);
        });
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement first = browser.driver().switchTo().activeElement();
        assertThat(first.getAttribute("class")).isEqualTo("skip-link");
    }

    /** What a 1280×900 screen shows of the figures (the README's picture), beside the full pages. */
    private static void viewportScreenshot(String name) {
        browser.driver().executeScript("document.getElementById('figures').scrollIntoView();");
        try {
            Path file = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "screenshots"))
                    .resolve(name + ".png");
            Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }



    private List<Long> chartData(String chart) {
        @SuppressWarnings("unchecked")
        List<Number> data = (List<Number>) browser.driver().executeScript("return Chart.getChart("
                + "document.querySelector('#" + chart + " canvas')).data.datasets[0].data;");
        return data.stream().map(Number::longValue).toList();
    }

    /** How many CSS pixels the page is wider than its viewport: 0 when nothing needs scrolling sideways. */
    private long pageOverflow() {
        return ((Number) browser.driver().executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);")).longValue();
    }
}
