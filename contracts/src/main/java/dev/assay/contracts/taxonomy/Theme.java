package dev.assay.contracts.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * The four dialogue themes of the UNEA-7 resolution on environmentally sound management of minerals and metals.
 * The {@link #id()} is the public identifier used in events, APIs and reports; it never changes.
 */
public enum Theme {
    INTERNATIONAL_COOPERATION("international-cooperation",
            "Strengthening international cooperation on sustainable management of minerals and metals"),
    RESOURCE_RECOVERY("resource-recovery",
            "Recovering resources from mining waste and tailings through sustainable approaches such as circularity"),
    BEST_PRACTICES("best-practices",
            "Best practices for environmentally sound management of minerals and metals"),
    CAPACITY_BUILDING("capacity-building",
            "Cooperation to build technological, technical, financial and scientific capacities, especially in developing countries");

    private final String id;
    private final String title;

    Theme(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException naming the accepted identifiers when {@code id} is not one of them */
    @JsonCreator
    public static Theme fromId(String id) {
        return Identifiers.lookup(Theme.class, values(), Theme::id, id);
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(Theme::id).toArray(String[]::new);
    }
}
