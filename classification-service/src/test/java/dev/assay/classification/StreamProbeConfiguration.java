package dev.assay.classification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.config.GlobalChannelInterceptor;

/** Puts a {@link StreamProbe} on the {@code classify} function's input channel and on its producers. */
@TestConfiguration(proxyBeanMethods = false)
public class StreamProbeConfiguration {

    @Bean
    @GlobalChannelInterceptor(patterns = StreamProbe.INPUT)
    StreamProbe streamProbe() {
        return new StreamProbe();
    }
}
