package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Function;

/** Declares the pass-through under classification-service's function name. */
@Configuration(proxyBeanMethods = false)
class PassThroughConfiguration {

    @Bean(PassThroughApplication.FUNCTION)
    Function<Message<CommunicationReceived>, Message<CommunicationReceived>> classify() {
        return new PassThroughFunction();
    }
}
