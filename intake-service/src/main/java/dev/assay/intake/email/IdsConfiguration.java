package dev.assay.intake.email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of e-mail ids, read whether or not the mailbox is polled: intake refuses to start without it, so that
 * enabling the e-mail channel later cannot meet a missing or different key.
 */
@Configuration(proxyBeanMethods = false)
class IdsConfiguration {

    @Bean
    IdSecret idSecret(@Value("${assay.intake.ids.secret:}") String secret) {
        return IdSecret.of(secret);
    }
}
