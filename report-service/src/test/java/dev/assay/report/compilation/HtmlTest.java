package dev.assay.report.compilation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a submitter writes is shown as text, and never stops the page from being read as XML by the PDF renderer. */
class HtmlTest {

    @Test
    void markupIsEscaped() {
        assertThat(Html.text("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutAndEveryScriptIsKept() {
        assertThat(Html.text("a\u0000b\u0007c\uFFFEd\uD800e\tf\ng")).isEqualTo("abcde\tf\ng");
        assertThat(Html.text("résidus 尾矿 🌍 القدرات")).isEqualTo("résidus 尾矿 🌍 القدرات");
    }

    @Test
    void nothingIsAnEmptyText() {
        assertThat(Html.text(null)).isEmpty();
    }
}
