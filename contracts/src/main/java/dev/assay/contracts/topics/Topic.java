package dev.assay.contracts.topics;

import java.util.Objects;

/**
 * A Kafka topic with the types of its keys and values, how long it keeps them and how large a record it takes.
 *
 * @param name            the topic name, versioned ({@code .v1}); a breaking change of the value type gets a new topic
 * @param keyType         type of the record key
 * @param valueType       type of the record value (JSON on the wire)
 * @param retention       how long records stay; {@link TopicSetup} creates and verifies the topic with it
 * @param maxMessageBytes the largest record batch the topic takes ({@code max.message.bytes}); {@link TopicSetup}
 *                        creates the topic with it and raises a smaller value. A producer writing here must not send
 *                        more ({@code max.request.size}), or the broker refuses the record.
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, Retention retention,
                          int maxMessageBytes) {

    /**
     * Kafka's own default: what a producer sends by default ({@code max.request.size} 1 048 576) plus the 12 bytes of
     * the log's overhead. Written on each topic, a broker configured with a smaller default does not shrink it.
     */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

    /**
     * What a dead letter adds to the record it carries: where it came from and why it failed ({@code x-original-*},
     * {@code x-exception-*} headers, the stack trace cut at 8 000 characters). A dead-letter topic takes this much
     * more than its source, so that the letter of any record its source took fits.
     */
    public static final int DEAD_LETTER_HEADROOM_BYTES = 65_536;

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(retention, "retention");
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be positive");
        }
    }

    /** A topic that takes records of Kafka's default size. */
    public Topic(String name, Class<K> keyType, Class<V> valueType, Retention retention) {
        this(name, keyType, valueType, retention, DEFAULT_MAX_MESSAGE_BYTES);
    }

    /**
     * The dead-letter topic that collects the records of this topic that could not be processed. It keeps every
     * record, not only the newest per key: each failure is a separate fact for the operator who replays them.
     */
    public Topic<K, byte[]> deadLetter() {
        return new Topic<>(name + ".dlt", keyType, byte[].class, Retention.FOREVER,
                maxMessageBytes + DEAD_LETTER_HEADROOM_BYTES);
    }

    @Override
    public String toString() {
        return name;
    }
}
