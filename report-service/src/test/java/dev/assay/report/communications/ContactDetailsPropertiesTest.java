package dev.assay.report.communications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContactDetailsPropertiesTest {

    private static final String KEY = "a-key-of-twenty-four-chars";

    @Test
    void withoutAKeyNobodyIsGivenContactDetails() {
        for (String unset : new String[] {null, "", "   "}) {
            ContactDetailsProperties properties = new ContactDetailsProperties(unset);

            assertThat(properties.enabled()).isFalse();
            assertThat(properties.accepts("")).isFalse();
            assertThat(properties.accepts(null)).isFalse();
        }
    }

    @Test
    void onlyTheExactKeyIsAccepted() {
        ContactDetailsProperties properties = new ContactDetailsProperties(" " + KEY + "\n");

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.accepts(KEY)).isTrue();
        assertThat(properties.accepts(KEY.toUpperCase())).isFalse();
        assertThat(properties.accepts(KEY.substring(1))).isFalse();
        assertThat(properties.accepts(KEY + "-")).isFalse();
        assertThat(properties.accepts(null)).isFalse();
    }

    @Test
    void aGuessablyShortKeyStopsTheServiceFromStarting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContactDetailsProperties("short-key"))
                .withMessageContaining("ASSAY_REPORT_ANALYST_KEY").withMessageContaining("24");
    }
}
