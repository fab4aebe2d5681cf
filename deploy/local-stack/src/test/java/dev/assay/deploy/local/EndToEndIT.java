package dev.assay.deploy.local;

import java.nio.file.Path;

/** The end-to-end scenario on the local stack as developers run it: embedded Kafka and mongo-java-server processes. */
class EndToEndIT extends EndToEndScenario {

    @Override
    protected StackConfig stackConfig(Path dataDir) {
        return TestStacks.config(dataDir);
    }
}
