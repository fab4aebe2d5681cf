package dev.assay.contracts.topics;

import java.util.Objects;

/**
 * A Kafka topic with the types of its keys and values and how long it keeps them.
 *
 * @param name      the topic name, versioned ({@code .v1}); a breaking change of the value type gets a new topic
 * @param keyType   type of the record key
 * @param valueType type of the record value (JSON on the wire)
 * @param retention how long records stay; {@link TopicSetup} creates and verifies the topic with it
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, Retention retention) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(retention, "retention");
    }

    /**
     * The dead-letter topic that collects the records of this topic that could not be processed. It keeps every
     * record, not only the newest per key: each failure is a separate fact for the operator who replays them.
     */
    public Topic<K, byte[]> deadLetter() {
        return new Topic<>(name + ".dlt", keyType, byte[].class, Retention.FOREVER);
    }

    @Override
    public String toString() {
        return name;
    }
}
