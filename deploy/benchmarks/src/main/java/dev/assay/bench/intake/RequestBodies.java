package dev.assay.bench.intake;

import dev.assay.bench.text.SampleSubmission;
import dev.assay.bench.text.SampleSubmissions;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies the intake driver posts: valid {@code POST /api/v1/communications} requests, made once before the
 * run so that building them costs the measured phase nothing.
 */
public final class RequestBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestBodies() {
    }

    public static List<byte[]> make(int count, long seed, int bodyBytes) {
        return new SampleSubmissions(seed, bodyBytes).next(count).stream().map(RequestBodies::json).toList();
    }

    static byte[] json(SampleSubmission s) {
        Map<String, Object> submitter = new LinkedHashMap<>();
        submitter.put("type", s.submitterType());
        if (s.country() != null) {
            submitter.put("country", s.country());
        }
        submitter.put("organisation", s.organisation());
        submitter.put("name", s.name());
        submitter.put("email", s.email());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("submitter", submitter);
        request.put("subject", s.subject());
        request.put("body", s.body());
        request.put("themes", s.themes());
        request.put("resolutions", s.resolutions());
        return JSON.writeValueAsBytes(request);
    }

    static double meanSize(List<byte[]> bodies) {
        return bodies.stream().mapToInt(b -> b.length).average().orElse(0);
    }
}
