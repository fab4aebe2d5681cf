package dev.assay.classification;

import org.springframework.integration.support.context.NamedComponent;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the {@code classify} function's binding channels in a running service: how often each input record was
 * delivered, and, for a chosen output, a fault run on the listener thread once the output has been handed to the
 * producer, inside the record's transaction (a crash between producing and committing).
 */
public final class StreamProbe implements ChannelInterceptor {

    static final String INPUT = "classify-in-0";
    static final String OUTPUT = "classify-out-0";

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Runnable> faults = new ConcurrentHashMap<>();

    /** How many times the input record with this key reached the function. */
    public int deliveries(String key) {
        AtomicInteger count = deliveries.get(key);
        return count == null ? 0 : count.get();
    }

    /** Runs {@code fault} once, after the output for {@code key} went to the producer and before the commit. */
    public void afterSend(String key, Runnable fault) {
        faults.put(key, fault);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (INPUT.equals(name(channel))) {
            deliveries.computeIfAbsent(text(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY)),
                    key -> new AtomicInteger()).incrementAndGet();
        }
        return message;
    }

    @Override
    public void postSend(Message<?> message, MessageChannel channel, boolean sent) {
        if (OUTPUT.equals(name(channel))) {
            Runnable fault = faults.remove(text(message.getHeaders().get(KafkaHeaders.KEY)));
            if (fault != null) {
                fault.run();
            }
        }
    }

    private static String name(MessageChannel channel) {
        return channel instanceof NamedComponent named ? named.getComponentName() : String.valueOf(channel);
    }

    private static String text(Object key) {
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
    }
}
