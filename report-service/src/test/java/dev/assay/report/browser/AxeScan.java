package dev.assay.report.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Checks the page a {@link Browser} shows with axe-core (the {@code org.webjars.npm:axe-core} WebJar on the test
 * classpath) against WCAG 2.0 and 2.1 A and AA and axe's best practices. A page test asserts that
 * {@link #seriousOrCritical} is empty and shows {@link #describe} of all violations when it is not.
 */
public final class AxeScan {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
    private static final String VERSION = readVersion();
    private static final String AXE = read(WEBJAR + VERSION + "/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: arguments[0]})
                .then(results => done({violations: results.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map(n => n.target.flat(Infinity).join(' '))}))}))
                .catch(e => done({error: String(e && e.stack || e)}));
            """;

    private AxeScan() {
    }

    /** The axe-core version the scans use. */
    public static String version() {
        return VERSION;
    }

    /** Runs axe on the page the browser shows now and returns every violation, in axe's order. */
    public static List<AxeViolation> run(Browser browser) {
        return run(browser.driver());
    }

    public static List<AxeViolation> run(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        Map<?, ?> result = (Map<?, ?>) page.executeAsyncScript(RUN, TAGS);
        if (result.get("error") != null) {
            throw new IllegalStateException("axe.run failed: " + result.get("error"));
        }
        return ((List<?>) result.get("violations")).stream().map(Map.class::cast).map(AxeScan::violation).toList();
    }

    public static List<AxeViolation> seriousOrCritical(List<AxeViolation> violations) {
        return violations.stream().filter(AxeViolation::isSeriousOrCritical).toList();
    }

    /** One violation a line, for a failure message. */
    public static String describe(List<AxeViolation> violations) {
        return violations.isEmpty() ? "no axe violation" : violations.stream().map(AxeViolation::toString)
                .collect(Collectors.joining("\n  ", "axe " + VERSION + " violations:\n  ", ""));
    }

    private static AxeViolation violation(Map<?, ?> v) {
        List<String> targets = ((List<?>) v.get("targets")).stream().map(String::valueOf).toList();
        return new AxeViolation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
                String.valueOf(v.get("help")), String.valueOf(v.get("helpUrl")), targets);
    }

    private static String readVersion() {
        Properties pom = new Properties();
        try (InputStream in = open(POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = AxeScan.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath: report-service's pom needs "
                    + "the test dependency org.webjars.npm:axe-core (version in the root pom's axe-core.version)");
        }
        return in;
    }
}
