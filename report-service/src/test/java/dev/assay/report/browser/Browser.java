package dev.assay.report.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One headless Chromium for a test class: the machine's Chromium and chromedriver ({@link BrowserInstallation}), so
 * that Selenium Manager never reaches for the internet; a fresh profile under {@code target/browser-profiles}; a
 * 1280×900 viewport; the page's console recorded. Start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;

    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    private static final Pattern SCREENSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

    private final ChromeDriver driver;
    private final Path profile;
    private final Duration startup;
    private final List<LogEntry> console = new ArrayList<>();
    private Map<String, Object> viewport = Map.of();

    private Browser(ChromeDriver driver, Path profile, Duration startup) {
        this.driver = driver;
        this.profile = profile;
        this.startup = startup;
    }

    /** Starts Chromium, or fails saying which package to install when it or its driver is missing. */
    public static Browser start() {
        BrowserInstallation installation = BrowserInstallation.fromEnvironment().verified();
        long started = System.nanoTime();
        Path profile = createProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation.chromium().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Browser browser = new Browser(driver, profile, Duration.ofNanos(System.nanoTime() - started)).desktop();
            log.info("Chromium {} started in {} ms", driver.getCapabilities().getBrowserVersion(),
                    browser.startup.toMillis());
            return browser;
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    /** The driver itself, for whatever this class does not wrap ({@code findElement}, waits, …). */
    public ChromeDriver driver() {
        return driver;
    }

    /** How long {@link #start()} took, from the check of the installation to a session ready for {@link #open}. */
    public Duration startupTime() {
        return startup;
    }

    /** Loads the page and waits for its load event; {@link #consoleErrors()} then reports this page's errors. */
    public Browser open(String url) {
        drainConsole();
        console.clear();
        driver.get(url);
        return this;
    }

    public Browser open(URI url) {
        return open(url.toString());
    }

    /** The console's SEVERE entries since the last {@link #open}: {@code console.error}, failed loads, exceptions. */
    public List<String> consoleErrors() {
        drainConsole();
        return console.stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Saves the whole page (not only the viewport, and without the scrollbar) as
     * {@code report-service/target/screenshots/<name>.png} and returns its path.
     */
    public Path screenshot(String name) {
        if (!SCREENSHOT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a file name: " + name);
        }
        try {
            Path file = Files.createDirectories(TARGET.resolve("screenshots")).resolve(name + ".png");
            return Files.write(file, fullPagePng());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays pages out as the browser zoomed to this percentage would: a 1280×900 window at 200 % shows a 640×450 CSS
     * pixel viewport at two device pixels per CSS pixel (the WCAG reflow and resize-text checks). Kept across
     * {@link #open} until {@link #desktop()}.
     */
    public Browser zoom(int percent) {
        if (percent < 25 || percent > 500) {
            throw new IllegalArgumentException("Zoom outside 25–500 %: " + percent);
        }
        double scale = percent / 100.0;
        return emulate((int) Math.round(DESKTOP_WIDTH / scale), (int) Math.round(DESKTOP_HEIGHT / scale), scale, false);
    }

    /** Lays pages out as a 375×812 phone does (mobile viewport, so {@code <meta name="viewport">} counts). */
    public Browser phone() {
        return emulate(PHONE_WIDTH, PHONE_HEIGHT, 1, true);
    }

    /**
     * Back to the 1280×900 desktop viewport at 100 % (emulated, since a headless window of 1280×900 counts its
     * missing toolbar and shows a viewport 143 px shorter).
     */
    public Browser desktop() {
        return emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, 1, false);
    }

    /** The current page's navigation timing, once its load event has ended. */
    public NavigationTiming navigationTiming() {
        String entry = "performance.getEntriesByType('navigation')[0]";
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> driver.executeScript("const e = " + entry + "; return !!e && e.loadEventEnd > 0;")
                        .equals(Boolean.TRUE));
        return NavigationTiming.of((Map<?, ?>) driver.executeScript("return " + entry + ".toJSON();"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private Browser emulate(int width, int height, double deviceScaleFactor, boolean mobile) {
        viewport = Map.of("width", width, "height", height, "deviceScaleFactor", deviceScaleFactor, "mobile", mobile);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", viewport);
        return this;
    }

    private byte[] fullPagePng() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
            Map<?, ?> visible = (Map<?, ?>) metrics.get("cssVisualViewport");
            if (fits(content.get("width"), visible.get("clientWidth"))
                    && fits(content.get("height"), visible.get("clientHeight"))) {
                // a page that fits is the viewport; capturing beyond it shifted a right-to-left page that fits
                // sideways (the Arabic list of communications drawn 152 px to the right, its start cut off)
                return driver.getScreenshotAs(OutputType.BYTES);
            }
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                            "width", content.get("width"), "height", content.get("height"), "scale", 1)));
            // captureBeyondViewport leaves the page laid out without its scrollbar (1280 px wide instead of 1265):
            // only clearing and setting the viewport again restores it
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", viewport);
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            log.warn("Full-page screenshot failed, taking the viewport only", e);
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    private static boolean fits(Object content, Object viewport) {
        return ((Number) content).doubleValue() <= ((Number) viewport).doubleValue();
    }

    private void drainConsole() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory(Files.createDirectories(TARGET.resolve("browser-profiles")), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the browser profile {}", directory, e);
        }
    }
}
