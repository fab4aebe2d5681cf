package dev.assay.bench.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One navigation to a dashboard page as the browser timed it, in milliseconds from the navigation's start: the
 * {@code PerformanceNavigationTiming} entry's {@code responseStart} (time to first byte), {@code responseEnd},
 * {@code domContentLoadedEventEnd} and {@code loadEventEnd}, and when every {@code figure.chart canvas} held a
 * Chart.js chart ({@link #CHARTS_DRAWN_PROBE}). The page draws its charts in a {@code DOMContentLoaded} handler, so
 * they are normally drawn before {@code load}; {@link #firstRender} is the later of the two.
 *
 * @param charts the canvases found drawn; -1 when the probe never saw them all drawn
 */
record NavigationTiming(double responseStart, double responseEnd, double domContentLoadedEventEnd,
                        double loadEventEnd, double chartsDrawn, int charts, String notice, String keyFigure) {

    /** Each figure as the summary names it, in the summary's order. */
    static final List<String> FIGURES = List.of("TTFB (responseStart)", "responseEnd", "domContentLoadedEventEnd",
            "loadEventEnd", "charts drawn", "first render");

    /**
     * Runs before any script of the page (CDP {@code Page.addScriptToEvaluateOnNewDocument}, which the page's
     * Content-Security-Policy does not apply to). A listener on {@code window} for {@code DOMContentLoaded} runs after
     * the document's own listeners, hence after the page's {@code drawAll}; if the charts are not all drawn by then
     * (a script late), it looks again every animation frame. It records {@code performance.now()} when every chart
     * canvas holds a chart, and a performance mark.
     */
    static final String CHARTS_DRAWN_PROBE = """
            (function () {
              var done = false;
              function check() {
                if (done) { return true; }
                var canvases = document.querySelectorAll('figure.chart canvas');
                for (var i = 0; i < canvases.length; i++) {
                  if (!window.Chart || !window.Chart.getChart(canvases[i])) { return false; }
                }
                done = true;
                window.__assayChartsDrawn = { at: performance.now(), count: canvases.length };
                performance.mark('assay-charts-drawn');
                return true;
              }
              function poll() { if (!check()) { requestAnimationFrame(poll); } }
              window.addEventListener('DOMContentLoaded', poll);
            }());
            """;

    /** Whether the page has finished loading and the probe has seen the charts drawn. */
    static final String READY = """
            var n = performance.getEntriesByType('navigation')[0];
            return !!n && n.loadEventEnd > 0 && !!window.__assayChartsDrawn;
            """;

    /** The figures of the page's navigation, as {@link #parse} reads them. */
    static final String READ = """
            var n = performance.getEntriesByType('navigation')[0];
            var drawn = window.__assayChartsDrawn;
            var notice = document.querySelector('#figures .refused');
            var key = document.querySelector('.key-figures dd');
            return { responseStart: n.responseStart, responseEnd: n.responseEnd,
                     domContentLoadedEventEnd: n.domContentLoadedEventEnd, loadEventEnd: n.loadEventEnd,
                     chartsDrawn: drawn ? drawn.at : -1, charts: drawn ? drawn.count : -1,
                     notice: notice ? notice.textContent.trim() : '', keyFigure: key ? key.textContent.trim() : '' };
            """;

    /** What {@link #READ} returned through WebDriver (numbers come back as Long or Double). */
    static NavigationTiming parse(Map<String, Object> read) {
        return new NavigationTiming(number(read, "responseStart"), number(read, "responseEnd"),
                number(read, "domContentLoadedEventEnd"), number(read, "loadEventEnd"), number(read, "chartsDrawn"),
                (int) number(read, "charts"), text(read, "notice"), text(read, "keyFigure"));
    }

    /** Load ended with the charts drawn: the figure held to the 1 s goal. */
    double firstRender() {
        return chartsDrawn < 0 ? Double.NaN : Math.max(loadEventEnd, chartsDrawn);
    }

    /** The figures in the order of {@link #FIGURES}. */
    List<Double> figures() {
        return List.of(responseStart, responseEnd, domContentLoadedEventEnd, loadEventEnd, chartsDrawn,
                firstRender());
    }

    /** One line of the run's raw timings file. */
    String toLine() {
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f,%.1f,%d", responseStart, responseEnd,
                domContentLoadedEventEnd, loadEventEnd, chartsDrawn, charts);
    }

    static NavigationTiming parseLine(String line) {
        String[] cells = line.split(",");
        return new NavigationTiming(Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
                Integer.parseInt(cells[5]), "", "");
    }

    private static double number(Map<String, Object> read, String name) {
        Object value = read.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("no number " + name + " in the navigation's timing: " + read);
        }
        return number.doubleValue();
    }

    private static String text(Map<String, Object> read, String name) {
        Object value = read.get(name);
        return value == null ? "" : value.toString();
    }
}
