package dev.assay.classification.stream;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.function.Function;

/**
 * Declares the {@code classify} function that Spring Cloud Stream binds to {@code classify-in-0}/{@code classify-out-0},
 * and what happens to a record whose transaction rolls back.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReceivedEvents receivedEvents(JsonMapper json) {
        return new ReceivedEvents(json);
    }

    @Bean
    ClassifiedEvents classifiedEvents(CommunicationClassifier classifier, Clock clock, MeterRegistry meters) {
        return new ClassifiedEvents(classifier, clock, meters);
    }

    @Bean
    Function<Message<CommunicationReceived>, Message<CommunicationClassified>> classify(ReceivedEvents received,
                                                                                      ClassifiedEvents classified) {
        return new ClassifyFunction(received, classified);
    }

    @Bean
    RetryThenDeadLetter retryThenDeadLetter() {
        return new RetryThenDeadLetter();
    }
}
