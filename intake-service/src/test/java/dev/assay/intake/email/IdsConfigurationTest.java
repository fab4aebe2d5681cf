package dev.assay.intake.email;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class IdsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(IdsConfiguration.class);

    @Test
    void intakeDoesNotStartWithoutTheKeyOfItsIds() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("assay.intake.ids.secret (ASSAY_INTAKE_ID_SECRET) is required"));
    }

    @Test
    void norWithAKeyShorterThan32BytesAndTheMessageDoesNotRepeatIt() {
        runner.withPropertyValues("assay.intake.ids.secret=only-twenty-six-bytes-long")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("too short").hasMessageNotContaining("only-twenty-six-bytes-long"));
    }

    @Test
    void itStartsWithAKeyOf32Bytes() {
        runner.withPropertyValues("assay.intake.ids.secret=3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(IdSecret.class));
    }
}
