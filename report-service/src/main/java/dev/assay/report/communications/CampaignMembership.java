package dev.assay.report.communications;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A communication's place in a campaign of near-duplicates. The projection stores it on copies only
 * ({@code {id, role: "copy"}}): a campaign's first member is written by its own consumer before any copy exists, and
 * only the consumer of a communication writes its document. The API shows it on the first member too, and the
 * campaign's size, both read when asked.
 *
 * @param id   the campaign's id: the id of its first member
 * @param role {@value #REPRESENTATIVE} or {@value #COPY}
 * @param size how many members the campaign has now (withdrawn ones left out); null where stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignMembership(String id, String role, Long size) {

    public static final String REPRESENTATIVE = "representative";
    public static final String COPY = "copy";

    /** How a copy's membership is stored. */
    public static CampaignMembership copyOf(String campaign) {
        return new CampaignMembership(campaign, COPY, null);
    }

    @JsonIgnore
    public boolean isCopy() {
        return COPY.equals(role);
    }

    public CampaignMembership withSize(long members) {
        return new CampaignMembership(id, role, members);
    }
}
