package dev.assay.intake.ack;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** The acknowledgement mailer, present only with {@code assay.intake.ack.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AckProperties.class, RecipientLimitProperties.class})
class AckConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "assay.intake.ack", name = "enabled", havingValue = "true")
    AcknowledgementMailer acknowledgementMailer(ObjectProvider<JavaMailSender> sender, AckProperties properties,
                                                MeterRegistry meters, MongoDatabaseFactory mongo,
                                                RecipientLimitProperties recipientLimit, Clock clock) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("assay.intake.ack.enabled is true but no SMTP server is configured: "
                    + "set spring.mail.host (SPRING_MAIL_HOST) and spring.mail.port");
        }
        return new AcknowledgementMailer(mailSender, properties, meters,
                new DailyRecipientAllowance(mongo, recipientLimit, clock));
    }
}
