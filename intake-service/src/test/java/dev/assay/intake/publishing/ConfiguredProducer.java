package dev.assay.intake.publishing;

import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import java.util.function.Consumer;

/**
 * The producer exactly as the service configures it: application.yml, Boot's Kafka auto-configuration and the
 * service's publishing configuration, without a broker (KafkaAdmin does not try to create topics here).
 */
final class ConfiguredProducer {

    private ConfiguredProducer() {
    }

    static void inspect(Consumer<ConfiguredProducer.View> assertions) {
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .withUserConfiguration(PropertiesOnly.class, PublishingConfiguration.class)
                .withPropertyValues("spring.kafka.admin.auto-create=false")
                .run(context -> assertions.accept(new View(context)));
    }

    @EnableConfigurationProperties(IntakeProperties.class)
    static class PropertiesOnly {
    }

    /** What the service would hand to the Kafka producer. */
    record View(ApplicationContext context) {

        DefaultKafkaProducerFactory<?, ?> producerFactory() {
            return context.getBean(DefaultKafkaProducerFactory.class);
        }

        ProducerConfig producerConfig() {
            return new ProducerConfig(producerFactory().getConfigurationProperties());
        }

        IntakeProperties intakeProperties() {
            return context.getBean(IntakeProperties.class);
        }

        /** The value serializer the producer would use, created and configured the way KafkaProducer does it. */
        @SuppressWarnings("unchecked")
        Serializer<Object> valueSerializer() {
            Serializer<Object> supplied = (Serializer<Object>) producerFactory().getValueSerializerSupplier().get();
            if (supplied != null) {
                return supplied;
            }
            ProducerConfig config = producerConfig();
            Serializer<Object> serializer =
                    config.getConfiguredInstance(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, Serializer.class);
            serializer.configure(config.originals(), false);
            return serializer;
        }
    }
}
