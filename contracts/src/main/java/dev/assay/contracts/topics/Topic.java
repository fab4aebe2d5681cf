package dev.assay.contracts.topics;

import java.util.Objects;

/**
 * A Kafka topic with the types of its keys and values.
 *
 * @param name      the topic name, versioned ({@code .v1}); a breaking change of the value type gets a new topic
 * @param keyType   type of the record key
 * @param valueType type of the record value (JSON on the wire)
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
    }

    /** The dead-letter topic that collects the records of this topic that could not be processed. */
    public Topic<K, byte[]> deadLetter() {
        return new Topic<>(name + ".dlt", keyType, byte[].class);
    }

    @Override
    public String toString() {
        return name;
    }
}
