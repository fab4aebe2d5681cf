package dev.assay.bench.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaticCopyTest {

    @Test
    void savesTheScriptsStyleSheetsAndIconsOfAPageButNotItsLinksToPages() {
        String html = """
                <link rel="stylesheet" href="/dashboard/assets/dashboard.css">
                <link rel="icon" href="/dashboard/assets/favicon.svg">
                <script src="/webjars/chart.js/dist/chart.umd.min.js" defer></script>
                <script src="/dashboard/assets/dashboard.js" defer></script>
                <script src="//cdn.example.org/x.js"></script>
                <a href="/dashboard?lang=ar&amp;theme=best-practices">العربية</a>
                <a href="/dashboard/communications">list</a>
                <link rel="stylesheet" href="/dashboard/assets/dashboard.css">
                """;

        assertThat(StaticCopy.assets(html)).containsExactly("/dashboard/assets/dashboard.css",
                "/dashboard/assets/favicon.svg", "/webjars/chart.js/dist/chart.umd.min.js",
                "/dashboard/assets/dashboard.js");
    }
}
