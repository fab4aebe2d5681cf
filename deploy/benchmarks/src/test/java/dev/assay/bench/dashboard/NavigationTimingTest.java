package dev.assay.bench.dashboard;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationTimingTest {

    private static Map<String, Object> read(Object chartsDrawn, Object charts) {
        // WebDriver hands whole numbers back as Long and the rest as Double
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("responseStart", 41.3);
        read.put("responseEnd", 44L);
        read.put("domContentLoadedEventEnd", 212.9);
        read.put("loadEventEnd", 230.4);
        read.put("chartsDrawn", chartsDrawn);
        read.put("charts", charts);
        read.put("notice", "");
        read.put("keyFigure", "1,025,000");
        return read;
    }

    @Test
    void readsTheNavigationEntryAndTheChartsProbe() {
        NavigationTiming timing = NavigationTiming.parse(read(211.0, 13L));

        assertThat(timing).isEqualTo(new NavigationTiming(41.3, 44, 212.9, 230.4, 211, 13, "", "1,025,000"));
        assertThat(timing.figures()).containsExactly(41.3, 44.0, 212.9, 230.4, 211.0, 230.4);
    }

    @Test
    void theFirstRenderIsTheLaterOfLoadAndTheChartsDrawn() {
        NavigationTiming late = NavigationTiming.parse(read(260.5, 13L));

        assertThat(late.firstRender()).isEqualTo(260.5);
    }

    @Test
    void chartsNeverSeenDrawnGiveNoFirstRender() {
        assertThat(NavigationTiming.parse(read(-1L, -1L)).firstRender()).isNaN();
    }

    @Test
    void aMissingFigureIsAnError() {
        Map<String, Object> read = read(211.0, 13L);
        read.remove("loadEventEnd");

        assertThatThrownBy(() -> NavigationTiming.parse(read)).hasMessageContaining("loadEventEnd");
    }

    @Test
    void survivesTheRunsTimingsFile() {
        NavigationTiming timing = NavigationTiming.parse(read(211.0, 13L));

        NavigationTiming back = NavigationTiming.parseLine(timing.toLine());

        assertThat(back.figures()).isEqualTo(timing.figures());
        assertThat(back.charts()).isEqualTo(13);
        assertThat(NavigationTiming.FIGURES).hasSize(timing.figures().size());
        assertThat(List.of(timing.toLine())).containsExactly("41.3,44.0,212.9,230.4,211.0,13");
    }
}
