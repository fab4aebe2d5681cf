package dev.assay.contracts.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndNoMarkupSurvives() {
        assertThat(Json.string("/api/\"x\"\\<script>\n\u0001é"))
                .isEqualTo("/api/\\\"x\\\"\\\\\\u003cscript>\\u000a\\u0001é");
    }
}
