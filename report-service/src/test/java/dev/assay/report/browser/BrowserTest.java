package dev.assay.report.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static dev.assay.report.browser.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What page tests rely on: the console's errors, full-page screenshots, viewports and the navigation's timing. */
class BrowserTest {

    private static final String TALL = "<div style=\"height: 2400px\">A long page.</div>";

    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = StaticSite.serving(Map.of(
                "/clean.html", page("Clean", TALL),
                "/console-error.html", page("Logs an error", "<script>console.error('x')</script>"),
                "/viewport.html", page("Viewport", "<p>Width.</p>")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void consoleErrorsHoldWhatThePageLoggedAsError() {
        browser.open(site.url("/console-error.html"));

        // Chromium's format: the script's URL, line:column, the logged value as JSON
        assertThat(browser.consoleErrors()).singleElement().asString()
                .startsWith(site.url("/console-error.html") + " ").endsWith(" \"x\"");
    }

    @Test
    void aCleanPageHasNoConsoleErrorAndItsScreenshotIsTheWholePageAsPng() throws IOException {
        browser.open(site.url("/console-error.html"));
        browser.open(site.url("/clean.html"));

        Path screenshot = browser.screenshot("browser-test-clean");

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(screenshot).isEqualTo(Path.of(System.getProperty("basedir", "."), "target", "screenshots",
                "browser-test-clean.png"));
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(screenshot.toFile());
        Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth;");
        assertThat(image.getWidth()).as("1280 px less the scrollbar").isEqualTo(pageWidth.intValue());
        assertThat(image.getHeight()).as("beyond the 900 px viewport").isGreaterThan(2400);
    }

    @Test
    void navigationTimingIsThatOfTheOpenedPage() {
        browser.open(site.url("/clean.html"));

        NavigationTiming timing = browser.navigationTiming();

        assertThat(timing.name()).isEqualTo(site.url("/clean.html").toString());
        assertThat(timing.requestStart()).isPositive();
        assertThat(timing.responseEnd()).isGreaterThanOrEqualTo(timing.requestStart());
        assertThat(timing.loadEventEnd()).isGreaterThanOrEqualTo(timing.responseEnd());
        assertThat(timing.decodedBodySize()).isEqualTo(page("Clean", TALL).length());
    }

    @Test
    void theWindowIs1280By900AndCanBeAPhoneOrZoomed() {
        browser.open(site.url("/viewport.html"));
        assertThat(viewport()).isEqualTo("1280x900@1");

        browser.phone().open(site.url("/viewport.html"));
        assertThat(viewport()).isEqualTo("375x812@1");

        browser.desktop().zoom(200).open(site.url("/viewport.html"));
        assertThat(viewport()).isEqualTo("640x450@2");

        browser.desktop();
        assertThat(viewport()).isEqualTo("1280x900@1");

        browser.screenshot("browser-test-viewport");
        assertThat(viewport()).as("after a full-page screenshot").isEqualTo("1280x900@1");
    }

    @Test
    void aMissingChromiumOrDriverFailsNamingThePackagesToInstall() {
        Properties properties = new Properties();
        properties.setProperty("assay.chromium", "/nonexistent/chromium");

        assertThatThrownBy(() -> BrowserInstallation.resolve(properties,
                Map.of("ASSAY_CHROMEDRIVER", "/nonexistent/chromedriver")).verified())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chromium at /nonexistent/chromium")
                .hasMessageContaining("chromedriver at /nonexistent/chromedriver")
                .hasMessageContaining("apt-get install chromium chromium-driver fonts-noto-core fonts-noto-cjk");
    }

    @Test
    void theSystemPropertyNamesTheBrowserBeforeTheEnvironmentAndTheEnvironmentBeforeDebian() {
        Properties properties = new Properties();
        properties.setProperty("assay.chromedriver", "/opt/property/chromedriver");

        BrowserInstallation installation = BrowserInstallation.resolve(properties,
                Map.of("ASSAY_CHROMEDRIVER", "/opt/env/chromedriver", "ASSAY_CHROMIUM", "/opt/env/chromium"));

        assertThat(installation).isEqualTo(new BrowserInstallation(Path.of("/opt/env/chromium"),
                Path.of("/opt/property/chromedriver")));
        assertThat(BrowserInstallation.resolve(new Properties(), Map.of())).isEqualTo(new BrowserInstallation(
                Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver")));
    }

    private static String viewport() {
        return String.valueOf(browser.driver().executeScript(
                "return innerWidth + 'x' + innerHeight + '@' + devicePixelRatio;"));
    }
}
