package dev.assay.bench.dashboard;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's, with its own chromedriver: Selenium Manager is never asked to download anything),
 * with the browser's cache disabled (CDP {@code Network.setCacheDisabled}), so every navigation asks the server for
 * the page, the scripts and the style sheet. Each navigation starts from {@code about:blank}, waits for the load event
 * and the charts ({@link NavigationTiming#READY}) and reads the navigation's timing.
 */
final class BrowserProbe implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    BrowserProbe() throws IOException {
        profile = Files.createTempDirectory("assay-dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", NavigationTiming.CHARTS_DRAWN_PROBE));
    }

    String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** {@code times} fresh navigations to {@code url}, each timed. */
    List<NavigationTiming> navigate(String url, int times) {
        List<NavigationTiming> timings = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            timings.add(navigate(url));
        }
        return timings;
    }

    @SuppressWarnings("unchecked")
    NavigationTiming navigate(String url) {
        driver.get("about:blank");
        driver.get(url);
        JavascriptExecutor js = driver;
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(20))
                .until(d -> Boolean.TRUE.equals(js.executeScript(NavigationTiming.READY)));
        return NavigationTiming.parse((Map<String, Object>) js.executeScript(NavigationTiming.READ));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
