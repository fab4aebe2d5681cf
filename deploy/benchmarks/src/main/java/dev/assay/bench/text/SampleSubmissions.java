package dev.assay.bench.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes varied, valid communications of a given body size in bytes, the same sequence for the same seed so two runs
 * send the same texts. Languages take turns, so every run covers all six equally.
 */
public final class SampleSubmissions {

    private static final String[] COUNTRIES = {"FR", "ZM", "CL", "CN", "EG", "RU", "PE", "KE", "DE", "ID", "MA", "KZ",
            "BR", "CD", "AU", "JO", "MX", "SN", "VN", "BO"};
    private static final String[] TYPES = {"member-state", "focal-point", "stakeholder", "member-state",
            "intergovernmental"};
    private static final String[] THEMES = {"international-cooperation", "resource-recovery", "best-practices",
            "capacity-building"};
    private static final String[] RESOLUTIONS = {"5/12", "4/19", "6/5"};

    private final Random random;
    private final int bodyBytes;
    private int next;

    /** @param bodyBytes the size in UTF-8 bytes each body reaches (a body ends at a sentence, so a little more) */
    public SampleSubmissions(long seed, int bodyBytes) {
        if (bodyBytes < 1) {
            throw new IllegalArgumentException("bodyBytes must be positive, was " + bodyBytes);
        }
        this.random = new Random(seed);
        this.bodyBytes = bodyBytes;
    }

    public SampleSubmission next() {
        Language language = Language.values()[next++ % Language.values().length];
        String type = TYPES[random.nextInt(TYPES.length)];
        String country = type.equals("intergovernmental") ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
        int n = random.nextInt(1000);
        return new SampleSubmission(language, type, country, "Organisation " + n, "Contact " + n,
                "contact" + n + "@example.org", language.subjects().get(random.nextInt(language.subjects().size())),
                body(language), pick(THEMES), pick(RESOLUTIONS));
    }

    public List<SampleSubmission> next(int count) {
        List<SampleSubmission> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(next());
        }
        return all;
    }

    private String body(Language language) {
        List<String> sentences = language.sentences();
        StringBuilder body = new StringBuilder();
        int bytes = 0;
        int start = random.nextInt(sentences.size());
        for (int i = start; bytes < bodyBytes; i++) {
            if (!body.isEmpty()) {
                body.append(language.separator());
            }
            // shuffled start and occasional skips: bodies differ, so no cache or dictionary makes them cheap
            String sentence = sentences.get((i + random.nextInt(3)) % sentences.size());
            body.append(sentence);
            bytes = body.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return body.toString();
    }

    private List<String> pick(String[] ids) {
        List<String> picked = new ArrayList<>();
        for (String id : ids) {
            if (random.nextInt(3) == 0) {
                picked.add(id);
            }
        }
        return picked;
    }
}
