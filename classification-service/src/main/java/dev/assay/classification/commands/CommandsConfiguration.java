package dev.assay.classification.commands;

import dev.assay.classification.kafka.KafkaClients;
import dev.assay.classification.stream.ClassifiedEvents;
import dev.assay.classification.stream.ReceivedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import tools.jackson.databind.json.JsonMapper;

/** The operator commands, present only when one runs. */
@Configuration(proxyBeanMethods = false)
@Profile(OperatorCommands.PROFILE)
class CommandsConfiguration {

    @Bean
    ReplayDeadLetters replayDeadLetters(KafkaClients clients) {
        return new ReplayDeadLetters(clients);
    }

    @Bean
    Reclassify reclassify(KafkaClients clients, ReceivedEvents received, ClassifiedEvents classified, JsonMapper json) {
        return new Reclassify(clients, received, classified, json);
    }
}
