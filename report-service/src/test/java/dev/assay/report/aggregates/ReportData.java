package dev.assay.report.aggregates;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;

import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;

/**
 * Five communications over three months that the aggregates' tests count: Kenya (member state, two themes, March),
 * Burkina Faso (focal point, verified, French, February), Fiji (stakeholder, out of scope, April), France (member state,
 * best practices, March) and UNEP (no country, Spanish, April).
 */
final class ReportData {

    static final List<CommunicationClassified> COMMUNICATIONS = List.of(
            aClassification().id("c-kenya").receivedAt("2026-03-02T09:00:00Z")
                    .themes(Theme.RESOURCE_RECOVERY, Theme.CAPACITY_BUILDING).build(),
            aClassification().id("c-burkina").receivedAt("2026-02-10T09:00:00Z").from(SubmitterType.FOCAL_POINT, "BF")
                    .language("fr").channel(Channel.WEB_FORM).themes(Theme.CAPACITY_BUILDING)
                    .resolutions("4/19", "5/12").verified().build(),
            aClassification().id("c-fiji").receivedAt("2026-04-20T09:00:00Z").from(SubmitterType.STAKEHOLDER, "FJ")
                    .channel(Channel.EMAIL).outOfScope().resolutions().build(),
            aClassification().id("c-france").receivedAt("2026-03-16T09:00:00Z").from(SubmitterType.MEMBER_STATE, "FR")
                    .themes(Theme.BEST_PRACTICES).build(),
            aClassification().id("c-unep").receivedAt("2026-04-01T09:00:00Z").from(SubmitterType.UN_ENTITY, null)
                    .language("es").themes(Theme.INTERNATIONAL_COOPERATION, Theme.CAPACITY_BUILDING).build());

    private ReportData() {
    }
}
