package dev.assay.classification.evaluation;

import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labelled development set and its fixed split into a tuning part (about two thirds) and a held-out part (about
 * one third). The split is stratified by language and by kind (on-topic, resolution-citing, fuel, other off-topic):
 * within each language and kind the originals are ordered by a hash of their id and every third one, from the
 * second, is held out; a near-duplicate goes wherever its original goes, so no text is seen through its copy. The lexicon is tuned only by
 * reading errors on the tuning part; the held-out part tells how well that generalises.
 */
final class DevSet {

    static final String RESOURCE = "devset/devset.jsonl";
    /** The realistic set: its split is fixed in its files ({@code devset-realistic/README.md}). */
    static final List<String> REALISTIC = List.of("devset-realistic/tuning.jsonl", "devset-realistic/held-out.jsonl");

    /** Which part of the set an item belongs to. */
    enum Part { TUNING, HELD_OUT }

    private final List<DevSetItem> items;
    private final Set<String> heldOutGroups;

    private DevSet(List<DevSetItem> items) {
        this.items = List.copyOf(items);
        this.heldOutGroups = heldOutGroups(items);
    }

    /** The first dev set: short texts written to carry their themes. */
    static DevSet load() {
        return new DevSet(read(RESOURCE));
    }

    /** The realistic dev set: long, formal texts as real communications are written. */
    static DevSet realistic() {
        List<DevSetItem> items = new ArrayList<>();
        REALISTIC.forEach(resource -> items.addAll(read(resource)));
        return new DevSet(items);
    }

    private static List<DevSetItem> read(String resource) {
        InputStream in = DevSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<DevSetItem> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    items.add(json.readValue(line, DevSetItem.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    List<DevSetItem> items() {
        return items;
    }

    Part partOf(DevSetItem item) {
        if (item.part() != null) {
            return item.part().equals("held-out") ? Part.HELD_OUT : Part.TUNING;
        }
        return heldOutGroups.contains(item.group()) ? Part.HELD_OUT : Part.TUNING;
    }

    private static Set<String> heldOutGroups(List<DevSetItem> items) {
        Map<String, List<DevSetItem>> originalsByStratum = items.stream()
                .filter(i -> i.duplicateOf() == null && i.part() == null)
                .collect(Collectors.groupingBy(i -> i.language() + "/" + i.kind()));
        Set<String> heldOut = new HashSet<>();
        originalsByStratum.values().forEach(stratum -> {
            List<DevSetItem> ordered = stratum.stream()
                    .sorted(Comparator.comparingLong((DevSetItem i) -> hash(i.id())).thenComparing(DevSetItem::id))
                    .toList();
            for (int i = 1; i < ordered.size(); i += 3) {
                heldOut.add(ordered.get(i).id());
            }
        });
        return heldOut;
    }

    /** FNV-1a: stable across JVMs and Java versions, unlike {@code String.hashCode} spreading. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
