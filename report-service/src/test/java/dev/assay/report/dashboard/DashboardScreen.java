package dev.assay.report.dashboard;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.assay.report.browser.Browser;

/**
 * Reads the dashboard as the browser shows it, for the browser tests.
 *
 * <p>Every read is one script run in the page. The page's poll replaces a table when its figures change, so an element
 * found by one WebDriver call may be gone by the next (a stale element); a script runs between two of the page's own
 * tasks and sees one whole table.
 */
final class DashboardScreen {

    private DashboardScreen() {
    }

    /** Waits until the page's script drew every chart. */
    static void awaitCharts(Browser browser) {
        await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) browser.driver().executeScript(
                "return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('figure.chart canvas'))"
                        + ".every(function (c) { return !!Chart.getChart(c); });"));
    }

    /** A chart's row, read from its table alternative. */
    static long number(Browser browser, String chart, String key) {
        Object value = browser.driver().executeScript(
                "var cell = document.querySelector(arguments[0]); return cell && cell.getAttribute('data-value');",
                "#" + chart + " tr[data-key='" + key + "'] td");
        if (value == null) {
            throw new AssertionError("no row " + key + " in the table of " + chart);
        }
        return Long.parseLong(value.toString());
    }
}
