package dev.assay.intake.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A request body built from a valid communication by changing or removing one field at a time. */
final class JsonRequest {

    static final String VALID = """
            {"submitter":{"type":"member-state","country":"FR",
                          "organisation":"Ministère de la Transition écologique","name":"Camille Durand",
                          "email":"focal.point@example.org"},
             "subject":"Valorisation des résidus miniers",
             "body":"La France soutient la mise en œuvre de la résolution 5/12.",
             "themes":["resource-recovery"],
             "resolutions":["5/12"]}""";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ObjectNode root;

    private JsonRequest(ObjectNode root) {
        this.root = root;
    }

    static JsonRequest valid() {
        return new JsonRequest((ObjectNode) MAPPER.readTree(VALID));
    }

    /** Sets the value at a dotted path such as {@code submitter.country}; a null value removes the field. */
    JsonRequest with(String path, Object value) {
        String[] names = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        String name = names[names.length - 1];
        if (value == null) {
            parent.remove(name);
        } else {
            JsonNode node = MAPPER.valueToTree(value);
            parent.set(name, node);
        }
        return this;
    }

    JsonRequest without(String path) {
        return with(path, null);
    }

    String json() {
        return MAPPER.writeValueAsString(root);
    }
}
