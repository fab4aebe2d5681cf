package dev.assay.contracts.topics;

import java.util.Map;

/**
 * How long a topic keeps its records. Assay never relies on the broker's default (7 days): the received topic is the
 * system of record that reclassification and rebuilds replay, and a dead letter waits for an operator however long
 * that takes.
 */
public enum Retention {

    /**
     * The newest record of each key, for ever: replaying the topic gives every communication once. A superseded value
     * (a withdrawn communication's text, under its tombstone) is compacted away within 7 days: without
     * {@code max.compaction.lag.ms} the cleaner waits until half a partition is superseded, which on a quiet topic
     * may be never; with it, Kafka rolls the active segment and compacts it once its oldest record is that old.
     */
    COMPACTED(Map.of("cleanup.policy", "compact", "retention.ms", "-1", "max.compaction.lag.ms", "604800000")),

    /** Every record, for ever: each failure stays until an operator replays it. */
    FOREVER(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));

    private final Map<String, String> config;

    Retention(Map<String, String> config) {
        this.config = config;
    }

    /** The topic-level configuration entries that give this retention. */
    public Map<String, String> config() {
        return config;
    }
}
