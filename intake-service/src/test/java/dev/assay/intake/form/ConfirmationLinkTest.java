package dev.assay.intake.form;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationLinkTest {

    private final ConfirmationLink links = new ConfirmationLink("a-secret-of-at-least-thirty-two-chars");
    private final ConfirmationLink.Receipt receipt =
            new ConfirmationLink.Receipt("7d0c3a52-6f0e-4c0b-9a55-2f1f0f3c9b11", Instant.parse("2026-03-02T09:15:30.123Z"));

    @Test
    void aLinkCarriesTheIdAndTimeItWasMadeFor() {
        String ref = links.ref(receipt);

        assertThat(ref).startsWith("7d0c3a52-6f0e-4c0b-9a55-2f1f0f3c9b11.1772442930123.");
        assertThat(links.read(ref)).contains(receipt);
    }

    @Test
    void aChangedIdOrTimeBreaksTheSignature() {
        String ref = links.ref(receipt);

        assertThat(links.read(ref.replace("7d0c3a52", "7d0c3a53"))).isEmpty();
        assertThat(links.read(ref.replace(".1772442930123.", ".1772442930124."))).isEmpty();
    }

    @Test
    void anotherKeysLinksAreNotAccepted() {
        assertThat(new ConfirmationLink("another-secret-of-thirty-two-chars!").read(links.ref(receipt))).isEmpty();
    }

    @Test
    void malformedRefsAreNotAccepted() {
        assertThat(links.read(null)).isEmpty();
        assertThat(links.read("")).isEmpty();
        assertThat(links.read("no-dots")).isEmpty();
        assertThat(links.read("id.notanumber.sig")).isEmpty();
        assertThat(links.read("x".repeat(300))).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretEachInstanceMakesUpItsOwn() {
        assertThat(new ConfirmationLink("").read(new ConfirmationLink("").ref(receipt))).isEmpty();
    }
}
