package dev.assay.intake.email;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code assay.intake.mail.lease.*}: the lease in intake's MongoDB that lets one replica at a time poll the mailbox.
 *
 * @param enabled    off: every replica polls (safe, since a message keeps its id, but wasteful)
 * @param duration   how long the lease lasts unless renewed; the holder renews it every third of it, and another
 *                   replica takes over at most {@code duration} plus a third after the holder died
 * @param collection the MongoDB collection holding one document per mailbox
 */
@ConfigurationProperties("assay.intake.mail.lease")
@Validated
public record MailLeaseProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("45s") @NotNull Duration duration,
                                  @DefaultValue("mailbox-lease") @NotBlank String collection) {

    @AssertTrue(message = "duration must be at least 3 seconds")
    public boolean isDurationLongEnough() {
        return duration != null && duration.compareTo(Duration.ofSeconds(3)) >= 0;
    }

    /** How often the holder renews the lease, and another replica asks for it. */
    public Duration renewEvery() {
        return duration.dividedBy(3);
    }
}
