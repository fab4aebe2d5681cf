package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Function;

/** Declares the {@code passThrough} function bound to {@code passThrough-in-0}/{@code passThrough-out-0}. */
@Configuration(proxyBeanMethods = false)
class PassThroughConfiguration {

    @Bean
    Function<Message<CommunicationReceived>, Message<CommunicationReceived>> passThrough() {
        return new PassThroughFunction();
    }
}
