package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.function.context.config.MessageConverterHelper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.MessageConverter;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The {@code project} consumer, bound as {@code project-in-0} to {@code communications.classified.v1} (see
 * application.yml), and the message conversion in front of it.
 */
@Configuration(proxyBeanMethods = false)
class ClassifiedEventsConfiguration {

    @Bean
    Consumer<Message<CommunicationClassified>> project(CommunicationProjector projector, MeterRegistry meters) {
        return message -> {
            CommunicationClassified event = message.getPayload();
            CommunicationProjector.Outcome outcome;
            try {
                outcome = projector.project(event);
            } catch (RuntimeException e) {
                throw new ProjectionFailedException(event.communicationId(), e);
            }
            meters.counter("assay.report.projections", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        };
    }

    @Bean
    MessageConverter communicationClassifiedConverter(JsonMapper mapper) {
        return new CommunicationClassifiedConverter(mapper);
    }

    /**
     * Spring Cloud Function swallows a converter's exception and, by default, goes on as if the message could not be
     * converted, which hands the function something that is not a {@link CommunicationClassified}. This makes every
     * conversion failure fail the delivery with an exception that has the reason in its message (it becomes the
     * dead-letter record's {@code x-exception-message} header) and a cause (without one the Kafka binder 5.0.4 fails to
     * build the dead-letter headers and drops the record).
     */
    @Bean
    MessageConverterHelper failOnUnconvertibleRecords() {
        return new MessageConverterHelper() {
            @Override
            public boolean shouldFailIfCantConvert(Message<?> message, Throwable failure) {
                if (failure instanceof MessageConversionException reason && reason.getCause() != null) {
                    throw reason;
                }
                throw new MessageConversionException(message, "could not read the record: " + failure.getMessage(),
                        failure);
            }
        };
    }
}
