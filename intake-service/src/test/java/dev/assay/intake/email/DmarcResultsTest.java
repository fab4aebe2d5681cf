package dev.assay.intake.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8601 headers as receiving servers write them, and as a sender could forge them. */
class DmarcResultsTest {

    private static final String SENDER = "focal.point@env.gouv.fr";
    private final DmarcResults results = new DmarcResults("mx.assay.test");

    @Test
    void aPassForTheSendersDomainFromTheTrustedServerPasses() {
        assertThat(results.passed(new String[]{"mx.assay.test; spf=pass smtp.mailfrom=env.gouv.fr; "
                + "dkim=pass header.d=env.gouv.fr; dmarc=pass (p=reject dis=none) header.from=env.gouv.fr"}, SENDER))
                .isTrue();
    }

    @Test
    void commentsQuotesFoldingVersionsAndCaseAreReadAsTheGrammarSays() {
        assertThat(results.passed(new String[]{"MX.Assay.Test 1 (our; receiving server);\r\n\tDMARC/1 = pass "
                + "(policy \"a;b\" (nested)) reason=\"aligned; strict\" header.from = \"ENV.gouv.fr\""}, SENDER))
                .isTrue();
    }

    @Test
    void aFailNoneOrAnotherDomainDoesNotPass() {
        assertThat(results.passed(new String[]{"mx.assay.test; dmarc=fail header.from=env.gouv.fr"}, SENDER))
                .isFalse();
        assertThat(results.passed(new String[]{"mx.assay.test; none"}, SENDER)).isFalse();
        assertThat(results.passed(new String[]{"mx.assay.test; dmarc=pass header.from=elsewhere.example"}, SENDER))
                .isFalse();
        assertThat(results.passed(new String[]{"mx.assay.test; dkim=pass header.d=env.gouv.fr"}, SENDER)).isFalse();
        // a pass only inside a comment is no pass
        assertThat(results.passed(new String[]{"mx.assay.test; dmarc=fail (dmarc=pass) header.from=env.gouv.fr"},
                SENDER)).isFalse();
    }

    @Test
    void headersOfAnyOtherServerAreIgnored() {
        assertThat(results.passed(new String[]{"evil.example; dmarc=pass header.from=env.gouv.fr",
                "mx.assay.test.evil.example; dmarc=pass header.from=env.gouv.fr"}, SENDER)).isFalse();
    }

    @Test
    void onlyTheTopmostHeaderOfTheTrustedServerCounts() {
        assertThat(results.passed(new String[]{"mx.assay.test; dmarc=fail header.from=env.gouv.fr",
                "mx.assay.test; dmarc=pass header.from=env.gouv.fr"}, SENDER)).isFalse();
        assertThat(results.passed(new String[]{"evil.example; dmarc=fail header.from=env.gouv.fr",
                "mx.assay.test; dmarc=pass header.from=env.gouv.fr"}, SENDER)).isTrue();
    }

    @Test
    void withoutATrustedServerNothingPasses() {
        String[] pass = {"mx.assay.test; dmarc=pass header.from=env.gouv.fr"};

        assertThat(new DmarcResults(null).passed(pass, SENDER)).isFalse();
        assertThat(new DmarcResults(" ").passed(pass, SENDER)).isFalse();
        assertThat(results.passed(null, SENDER)).isFalse();
        assertThat(results.passed(pass, null)).isFalse();
    }
}
