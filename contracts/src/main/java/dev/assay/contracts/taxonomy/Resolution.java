package dev.assay.contracts.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * The UNEA resolutions on minerals and metals that Assay reports on: the one list the form offers, the API accepts
 * as declared resolutions and the classifier recognises in texts (its phrases for each live in the classifier's
 * data, keyed by these ids). The {@link #id()} is the public identifier in events, APIs and reports: {@code 5/12}
 * for a numbered resolution, a name for one whose symbol is not known yet ({@code unea-7}).
 */
public enum Resolution {
    MINERAL_RESOURCE_GOVERNANCE("4/19", 4, 19, "Mineral resource governance"),
    MINERALS_AND_METALS_MANAGEMENT("5/12", 5, 12, "Environmental aspects of minerals and metals management"),
    MINERALS_AND_METALS("6/5", 6, 5, "Environmental aspects of minerals and metals"),
    UNEA_7("unea-7", null, null, "UNEA-7 resolution on strengthening international cooperation on environmentally "
            + "sound management of minerals and metals");

    private final String id;
    private final Integer session;
    private final Integer number;
    private final String title;

    Resolution(String id, Integer session, Integer number, String title) {
        this.id = id;
        this.session = session;
        this.number = number;
        this.title = title;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The UNEA session that adopted it; null while its symbol is not known. */
    public Integer session() {
        return session;
    }

    /** Its number within the session; null while its symbol is not known. */
    public Integer number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException naming the accepted identifiers when {@code id} is not one of them */
    @JsonCreator
    public static Resolution fromId(String id) {
        return Identifiers.lookup(Resolution.class, values(), Resolution::id, id);
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(Resolution::id).toArray(String[]::new);
    }
}
