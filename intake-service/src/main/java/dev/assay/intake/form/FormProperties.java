package dev.assay.intake.form;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assay.intake.form.*}.
 *
 * @param confirmationSecret key that signs confirmation links, so that nobody can make intake show a confirmation
 *                           for a submission it did not receive. Give every instance the same value (environment
 *                           variable {@code ASSAY_INTAKE_FORM_CONFIRMATION_SECRET}, at least 32 characters); when
 *                           empty, each instance makes up its own at start-up and links only work on the instance
 *                           that made them
 */
@ConfigurationProperties("assay.intake.form")
public record FormProperties(@DefaultValue("") String confirmationSecret) {
}
