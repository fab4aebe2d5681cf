/**
 * Issue 13's dashboard benchmark: the data set (a projected sample plus the counters of a million generated
 * communications, {@link dev.assay.bench.dashboard.GeneratedCounters}), the first render of {@code /dashboard} in
 * headless Chromium measured with the Navigation Timing API ({@link dev.assay.bench.dashboard.BrowserProbe}), and the
 * same pages served as static files ({@link dev.assay.bench.dashboard.StaticCopy}) as the baseline.
 */
package dev.assay.bench.dashboard;
