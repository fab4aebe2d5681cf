package dev.assay.intake.mongo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake keeps its files and keys in a database of its own, whatever database MONGODB_URI names. */
class IntakeDatabaseTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class));

    @Test
    void byDefaultItIsAssayIntakeOnTheLocalServer() {
        runner.run(context -> assertThat(database(context.getBean(MongoDatabaseFactory.class)))
                .isEqualTo("assay-intake"));
    }

    @Test
    void aSharedMongodbUriStillLeadsToIntakesOwnDatabase() {
        runner.withPropertyValues("MONGODB_URI=mongodb://mongo.internal:27017/assay")
                .run(context -> assertThat(database(context.getBean(MongoDatabaseFactory.class)))
                        .isEqualTo("assay-intake"));
    }

    @Test
    void theDatabaseNameCanBeChosen() {
        runner.withPropertyValues("ASSAY_INTAKE_MONGODB_DATABASE=intake-staging")
                .run(context -> assertThat(database(context.getBean(MongoDatabaseFactory.class)))
                        .isEqualTo("intake-staging"));
    }

    private static String database(MongoDatabaseFactory factory) {
        return factory.getMongoDatabase().getName();
    }
}
