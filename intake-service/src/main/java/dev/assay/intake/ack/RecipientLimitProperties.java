package dev.assay.intake.ack;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code assay.intake.ack.recipient-limit.*}: at most {@code per-day} acknowledgements to one address per UTC day,
 * counted in intake's MongoDB ({@code collection}) so that every replica spends the same allowance.
 */
@ConfigurationProperties("assay.intake.ack.recipient-limit")
@Validated
public record RecipientLimitProperties(@DefaultValue("5") @Min(1) int perDay,
                                       @DefaultValue("ack-recipients") @NotBlank String collection) {
}
