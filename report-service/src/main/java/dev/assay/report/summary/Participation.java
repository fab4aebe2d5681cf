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
 * point ({@code SubmitterType#speaksForACountry()}): a stakeholder based in a country does not speak for it. A Member
 * State is heard from only on a verified voice (a partner token, an authenticated focal point's e-mail, or an analyst's
 * verification), so that nobody makes the figures by typing a country name; one whose communications are all declared
 * is listed apart as awaiting verification; the others are missing. Lists are sorted by ISO code;
 * {@code heardByUnRegionalGroup} lists every group, zero included.
 */
public record Participation(int memberStates, int heard, int awaitingVerification, List<MemberState> heardFrom,
                            List<MemberState> awaitingVerificationFrom, List<MemberState> missing,
                            Map<String, GroupParticipation> heardByUnRegionalGroup, Instant generatedAt) {

    static Participation of(CounterTable counters, Countries countries, Instant generatedAt) {
        SortedMap<String, Long> voices = counters.counts(Dimension.MEMBER_STATE_VOICE);
        SortedMap<String, Long> verifiedVoices = counters.counts(Dimension.VERIFIED_VOICE);
        List<MemberState> heardFrom = new ArrayList<>();
        List<MemberState> awaiting = new ArrayList<>();
        List<MemberState> missing = new ArrayList<>();
        Map<String, int[]> groups = new TreeMap<>();
        List<Country> members = countries.unMembers();
        for (Country member : members) {
            long communications = voices.getOrDefault(member.iso2(), 0L);
            long verified = verifiedVoices.getOrDefault(member.iso2(), 0L);
            int[] group = groups.computeIfAbsent(member.unRegionalGroup(), g -> new int[3]);
            group[2]++;
            if (verified > 0) {
                heardFrom.add(MemberState.withVoices(member, communications, verified));
                group[0]++;
            } else if (communications > 0) {
                awaiting.add(MemberState.withVoices(member, communications, 0));
                group[1]++;
            } else {
                missing.add(MemberState.missing(member));
            }
        }
        Map<String, GroupParticipation> byGroup = new TreeMap<>();
        groups.forEach((name, counts) -> byGroup.put(name, new GroupParticipation(counts[0], counts[1], counts[2])));
        return new Participation(members.size(), heardFrom.size(), awaiting.size(), heardFrom, awaiting, missing,
                byGroup, generatedAt);
    }
}
