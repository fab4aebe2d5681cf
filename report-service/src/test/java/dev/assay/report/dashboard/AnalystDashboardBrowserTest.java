package dev.assay.report.dashboard;

import dev.assay.contracts.security.Role;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import dev.assay.report.browser.AxeScan;
import dev.assay.report.browser.AxeViolation;
import dev.assay.report.browser.Browser;
import dev.assay.report.issuer.FakeIssuer;
import dev.assay.report.issuer.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.assay.report.dashboard.DashboardScreen.awaitCharts;
import static dev.assay.report.dashboard.DashboardScreen.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's half of the dashboard in headless Chromium: signed in through {@link FakeIssuer} (authorization code
 * with PKCE, an ID token signed with the run's key), over {@link DashboardLetters}. Every test starts signed out; the
 * issuer signs in {@code ana} (analyst) unless the test says otherwise. Screenshots go to {@code target/screenshots}.
 */
@ReportServiceTest
class AnalystDashboardBrowserTest {

    private static final FakeIssuer issuer = FakeIssuer.onFreePort();
    private static final Person PARTNER = Person.named("pat", Role.PARTNER);
    private static final String CAPACITY_BUILDING_IN_AFRICA =
            "/dashboard/communications?theme=capacity-building&unRegionalGroup=AFRICAN&lang=en";

    private static Browser browser;

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void issuerUri(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer.uri().toString());
    }

    @BeforeAll
    static void start() throws IOException {
        issuer.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        issuer.close();
    }

    @BeforeEach
    void signedOutWithTheLetters() {
        // the session cookie is the sign-in: without it the browser is anonymous again
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.desktop();
        issuer.signsIn(FakeIssuer.ANA);
        DashboardLetters.project(report);
    }

    @Test
    void anAnalystSignsInThroughTheIssuerAndTheCellsBecomeLinks() {
        browser.open(url("/dashboard"));
        awaitCharts(browser);
        assertThat(driver().findElements(By.cssSelector("#theme td a"))).isEmpty();
        int exchanged = issuer.codesExchanged();

        driver().findElement(By.cssSelector(".account a")).click();

        await().atMost(Duration.ofSeconds(15)).until(() -> driver().getCurrentUrl().equals(url("/dashboard")));
        assertThat(driver().findElement(By.cssSelector(".account")).getText()).contains("Signed in as ana");
        assertThat(issuer.codesExchanged()).isEqualTo(exchanged + 1);
        awaitCharts(browser);
        assertThat(driver().findElement(By.cssSelector("#theme tr[data-key=capacity-building] td a"))
                .getDomAttribute("href")).isEqualTo("/dashboard/communications?theme=capacity-building&lang=en");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theNumberOfACellListsTheCommunicationsBehindIt() {
        signInOnTheDashboard();
        int african = groupColumn("African States");

        WebElement number = driver().findElement(By.cssSelector(
                "#theme-by-group tr[data-key=capacity-building] td:nth-of-type(" + african + ") a"));
        assertThat(number.getText()).isEqualTo("2");
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", number);
        number.click();

        await().atMost(Duration.ofSeconds(10)).until(() -> driver().getCurrentUrl().equals(url(CAPACITY_BUILDING_IN_AFRICA)));
        assertThat(listedIds()).containsExactly("eg", "ke");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBarOfAChartListsTheCommunicationsBehindIt() {
        signInOnTheDashboard();
        int african = groupColumn("African States");
        int capacityBuilding = rowIndex("theme-by-group", "capacity-building");

        clickBar("theme-by-group", african, capacityBuilding);

        await().atMost(Duration.ofSeconds(10)).until(() -> driver().getCurrentUrl().equals(url(CAPACITY_BUILDING_IN_AFRICA)));
        assertThat(listedIds()).containsExactly("eg", "ke");
    }

    @Test
    void aSubjectThatIsMarkupShowsAsTextAndRunsNothing() {
        openSignedIn("/dashboard/communications?theme=international-cooperation&lang=en");
        assertThat(driver().findElement(By.cssSelector("#communications tr[data-id=xss] th")).getText())
                .isEqualTo(DashboardLetters.SCRIPT);

        driver().findElement(By.cssSelector("#communications tr[data-id=xss] th a")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> driver().getCurrentUrl().startsWith(url("/dashboard/communications/xss")));
        assertThat(driver().findElement(By.id("subject")).getText()).isEqualTo(DashboardLetters.SCRIPT);
        assertThat(driver().findElements(By.cssSelector("#subject script, #subject *"))).isEmpty();
        assertThatThrownBy(() -> driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aReviewFromThePageIsConfirmedMovesTheFiguresAndNamesTheAnalyst() {
        openSignedIn("/dashboard/communications/ke?lang=en");
        assertThat(driver().findElement(By.id("theme-capacity-building")).isSelected()).isTrue();

        driver().findElement(By.cssSelector("label[for=theme-capacity-building]")).click();
        driver().findElement(By.cssSelector("label[for=theme-best-practices]")).click();
        driver().findElement(By.id("comment")).sendKeys("Best practices, read with the mission");
        driver().findElement(By.cssSelector("#review button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> driver().getCurrentUrl()
                .equals(url("/dashboard/communications/ke?reviewed=true&lang=en")));
        assertThat(driver().findElement(By.cssSelector(".confirmation")).getText())
                .startsWith("Your review is recorded.");
        browser.open(url("/dashboard"));
        // the dashboard fetches its figures again every two seconds: the review shows without reloading
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(number(browser, "theme", "capacity-building")).isEqualTo(1);
            assertThat(number(browser, "theme", "best-practices")).isEqualTo(3);
        });
        browser.open(url("/dashboard/communications/ke?lang=en"));
        assertThat(driver().findElement(By.cssSelector("#reviews li")).getText())
                .contains("ana").contains("Best practices, read with the mission");
        assertThat(driver().findElement(By.id("theme-best-practices")).isSelected()).isTrue();
        assertThat(driver().findElement(By.id("theme-capacity-building")).isSelected()).isFalse();
    }

    @Test
    void theListAndTheCommunicationPassTheAccessibilityScanInEnglishAndArabic() {
        openSignedIn(CAPACITY_BUILDING_IN_AFRICA);
        for (String language : List.of("en", "ar")) {
            browser.open(url("/dashboard/communications?theme=capacity-building&unRegionalGroup=AFRICAN&lang=" + language));
            assertThat(listedIds()).containsExactly("eg", "ke");
            assertNoSeriousViolation();
            browser.screenshot("analyst-list-" + language);

            browser.open(url("/dashboard/communications/eg?lang=" + language));
            assertThat(driver().findElement(By.id("body")).getText()).contains("بناء القدرات");
            assertNoSeriousViolation();
            browser.screenshot("analyst-communication-" + language);
        }
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void someoneSignedInWithoutTheAnalystRoleGetsTheForbiddenPageNotTheList() {
        issuer.signsIn(PARTNER);

        browser.open(url(CAPACITY_BUILDING_IN_AFRICA));

        await().atMost(Duration.ofSeconds(15)).until(() -> driver().getCurrentUrl().startsWith(url("/dashboard/communications")));
        assertThat(navigationStatus()).isEqualTo(403);
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("You are signed in as pat, and this account does not have the analyst role.");
        assertThat(driver().findElements(By.id("communications"))).isEmpty();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signInOnTheDashboard() {
        browser.open(url("/dashboard/sign-in"));
        await().atMost(Duration.ofSeconds(15)).until(() -> driver().getCurrentUrl().equals(url("/dashboard")));
        assertThat(driver().findElement(By.cssSelector(".account")).getText()).contains("Signed in as ana");
        awaitCharts(browser);
    }

    /** Opens an analyst's page signed out: the service sends the browser to the issuer, which sends it back there. */
    private void openSignedIn(String path) {
        browser.open(url(path));
        String pathOnly = path.replaceFirst("\\?.*", "");
        await().atMost(Duration.ofSeconds(15)).until(() -> driver().getCurrentUrl().startsWith(url(pathOnly)));
        assertThat(driver().findElement(By.cssSelector(".account")).getText()).contains("Signed in as ana");
    }

    private List<String> listedIds() {
        return driver().findElements(By.cssSelector("#communications tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-id")).toList();
    }

    /** The position (1 = first) of a regional group among the theme-by-group table's columns, after the corner. */
    private int groupColumn(String group) {
        List<String> headers = driver().findElements(By.cssSelector("#theme-by-group thead th")).stream()
                .map(th -> th.getDomProperty("textContent").strip()).toList();
        assertThat(headers).contains(group);
        return headers.indexOf(group);
    }

    private int rowIndex(String chart, String key) {
        List<String> keys = driver().findElements(By.cssSelector("#" + chart + " tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-key")).toList();
        assertThat(keys).contains(key);
        return keys.indexOf(key);
    }

    /**
     * Clicks the middle of a horizontal bar where Chart.js drew it: dataset {@code column - 1} (the table's columns
     * after the corner), row {@code index}. A real pointer click, so the chart's own click handler decides.
     */
    private void clickBar(String chart, int column, int index) {
        WebElement canvas = driver().findElement(By.cssSelector("#" + chart + " canvas"));
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Number> offset = (Map<String, Number>) driver().executeScript("""
                const canvas = arguments[0];
                const bar = Chart.getChart(canvas).getDatasetMeta(arguments[1]).data[arguments[2]];
                const box = canvas.getBoundingClientRect();
                return {x: (bar.x + bar.base) / 2 - box.width / 2, y: bar.y - box.height / 2};
                """, canvas, column - 1, index);
        new Actions(driver()).moveToElement(canvas, offset.get("x").intValue(), offset.get("y").intValue())
                .click().perform();
    }



    /** The HTTP status of the page shown, as the browser received it. */
    private long navigationStatus() {
        return ((Number) driver().executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).longValue();
    }

    private void assertNoSeriousViolation() {
        List<AxeViolation> violations = AxeScan.run(browser);
        assertThat(AxeScan.seriousOrCritical(violations)).as(AxeScan.describe(violations)).isEmpty();
    }
}
