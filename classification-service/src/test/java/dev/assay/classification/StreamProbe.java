package dev.assay.classification;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.integration.support.context.NamedComponent;
import org.springframework.kafka.core.ProducerPostProcessor;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the {@code classify} function in a running service: how often each input record was delivered to it (in
 * a poll's batch), and, for a chosen record, a fault run on the listener thread inside the transaction that publishes
 * its output, once the outputs have been handed to the producer and before the offsets are sent and the transaction
 * commits (a crash between producing and committing).
 */
public final class StreamProbe implements ChannelInterceptor, ProducerPostProcessor<byte[], byte[]> {

    static final String INPUT = "classify-in-0";

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Runnable> faults = new ConcurrentHashMap<>();
    private final List<Set<String>> polls = new CopyOnWriteArrayList<>();

    /** How many polls delivered the input record with this key to the function. */
    public int deliveries(String key) {
        AtomicInteger count = deliveries.get(key);
        return count == null ? 0 : count.get();
    }

    /** Whether one poll delivered all these records to the function. */
    public boolean polledTogether(String... keys) {
        return polls.stream().anyMatch(poll -> poll.containsAll(List.of(keys)));
    }

    /**
     * Runs {@code fault} once, in the transaction that publishes the output for {@code key}: after the sends, before
     * the offsets are sent (with the consumer's group metadata of that moment) and the transaction commits.
     */
    public void beforeCommit(String key, Runnable fault) {
        faults.put(key, fault);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (INPUT.equals(name(channel)) && message.getHeaders().get(KafkaHeaders.RECEIVED_KEY) instanceof List<?> keys) {
            Set<String> poll = new HashSet<>();
            keys.forEach(key -> {
                deliveries.computeIfAbsent(text(key), k -> new AtomicInteger()).incrementAndGet();
                poll.add(text(key));
            });
            polls.add(poll);
        }
        return message;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Producer<byte[], byte[]> apply(Producer<byte[], byte[]> producer) {
        List<String> sent = new ArrayList<>();
        return (Producer<byte[], byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Producer.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "send" -> sent.add(text(((ProducerRecord<?, ?>) args[0]).key()));
                        case "sendOffsetsToTransaction" -> List.copyOf(sent).forEach(key -> {
                            Runnable fault = faults.remove(key);
                            if (fault != null) {
                                fault.run();
                            }
                        });
                        case "beginTransaction" -> sent.clear();
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(producer, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String name(MessageChannel channel) {
        return channel instanceof NamedComponent named ? named.getComponentName() : String.valueOf(channel);
    }

    private static String text(Object key) {
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
    }
}
