package dev.assay.deploy.local;

import dev.assay.contracts.taxonomy.SubmitterType;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One communication as a test sends it to intake's API.
 *
 * @param country ISO code, or null for a submitter who names none (only types that do not speak for a country)
 */
record Submission(SubmitterType type, String country, String subject, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The request body of {@code POST /api/v1/communications}. */
    String toJson() {
        Map<String, Object> submitter = new LinkedHashMap<>();
        submitter.put("type", type.id());
        if (country != null) {
            submitter.put("country", country);
        }
        if (type == SubmitterType.STAKEHOLDER) {
            submitter.put("organisation", "Mining Dialogue Network");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("submitter", submitter);
        request.put("subject", subject);
        request.put("body", body);
        return JSON.writeValueAsString(request);
    }
}
