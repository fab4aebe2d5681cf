package dev.assay.contracts.events;

/**
 * Evidence for a resolution or country tag.
 *
 * @param kind     {@code resolution} or {@code country}
 * @param id       the tag it supports: a resolution short id such as {@code 5/12}, or an ISO 3166-1 alpha-2 code
 * @param evidence where it was found
 */
public record Mention(String kind, String id, Evidence evidence) {

    public static final String RESOLUTION = "resolution";
    public static final String COUNTRY = "country";
}
