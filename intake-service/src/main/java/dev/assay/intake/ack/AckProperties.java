package dev.assay.intake.ack;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Acknowledgements of emailed communications ({@code assay.intake.ack.*}). They go out through Spring's
 * {@code JavaMailSender}, configured with {@code spring.mail.host}, {@code spring.mail.port},
 * {@code spring.mail.username}, {@code spring.mail.password} ({@code SPRING_MAIL_HOST}, ...).
 *
 * @param enabled  send acknowledgements at all
 * @param from     the sender address, e.g. {@code communications@assay.example}; required when enabled
 * @param fromName the sender's display name
 */
@ConfigurationProperties("assay.intake.ack")
@Validated
public record AckProperties(@DefaultValue("false") boolean enabled, String from,
                            @DefaultValue("Assay") String fromName) {

    @AssertTrue(message = "from must be a single valid e-mail address when assay.intake.ack.enabled is true")
    public boolean isFromValidWhenEnabled() {
        return !enabled || Recipients.isSingleMailbox(from);
    }

    /** Syntax checks on addresses, shared with the mailer. */
    static final class Recipients {

        private Recipients() {
        }

        static boolean isSingleMailbox(String address) {
            if (address == null || address.isBlank() || address.length() > 254) {
                return false;
            }
            try {
                InternetAddress[] parsed = InternetAddress.parse(address, true);
                if (parsed.length != 1 || parsed[0].isGroup() || !address.strip().equals(parsed[0].getAddress())) {
                    return false;
                }
                parsed[0].validate();
                int at = address.lastIndexOf('@');
                return at > 0 && address.indexOf('.', at) > at + 1 && !address.endsWith(".");
            } catch (AddressException e) {
                return false;
            }
        }
    }
}
