package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which of the 193 UN Member States have been heard, counting only communications sent by a Member State or its focal
 * point ({@code SubmitterType#speaksForACountry()}): a stakeholder based in a country does not speak for it.
 * Lists are sorted by ISO code; {@code heardByUnRegionalGroup} lists every group, zero included.
 */
public record Participation(int memberStates, int heard, List<MemberState> heardFrom, List<MemberState> missing,
                            Map<String, GroupParticipation> heardByUnRegionalGroup, Instant generatedAt) {

    static Participation of(CounterTable counters, Countries countries, Instant generatedAt) {
        SortedMap<String, Long> voices = counters.counts(Dimension.MEMBER_STATE_VOICE);
        List<MemberState> heardFrom = new ArrayList<>();
        List<MemberState> missing = new ArrayList<>();
        Map<String, int[]> groups = new TreeMap<>();
        List<Country> members = countries.unMembers();
        for (Country member : members) {
            Long communications = voices.get(member.iso2());
            int[] group = groups.computeIfAbsent(member.unRegionalGroup(), g -> new int[2]);
            group[1]++;
            if (communications == null) {
                missing.add(MemberState.missing(member));
            } else {
                heardFrom.add(MemberState.heard(member, communications));
                group[0]++;
            }
        }
        Map<String, GroupParticipation> byGroup = new TreeMap<>();
        groups.forEach((name, counts) -> byGroup.put(name, new GroupParticipation(counts[0], counts[1])));
        return new Participation(members.size(), heardFrom.size(), heardFrom, missing, byGroup, generatedAt);
    }
}
