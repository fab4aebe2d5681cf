package dev.assay.report.compilation;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.report.ProjectedReport;

import java.time.Instant;
import java.util.List;

import static dev.assay.report.CampaignLetters.copy;
import static dev.assay.report.CampaignLetters.letter;
import static dev.assay.report.ClassifiedEvents.aClassification;

/**
 * What the compilation tests compile, received in March 2026: a French Member State on resource recovery (its second
 * paragraph carried the theme), an Egyptian stakeholder in Arabic on capacity building, China in Chinese on best
 * practices, Kenya in English with a subject that is markup, a campaign letter sent three times (Britain first, then
 * Germany and Brazil), and a Canadian letter the classifier put under resource recovery that an analyst moved to best
 * practices. Eight communications, two of them copies.
 */
final class CompilationLetters {

    static final String FRENCH_INTRO = "Introduction générale sur la gouvernance du secteur.";
    static final String FRENCH_PASSAGE = "La valorisation des résidus miniers permet de récupérer le cuivre et le "
            + "cobalt des anciens sites.";
    static final String ARABIC = "ندعو إلى بناء القدرات التقنية في البلدان النامية";
    static final String CHINESE = "我们分享尾矿管理的最佳做法";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String REVIEWED_SUBJECT = "Due diligence in mineral supply chains";
    static final String REVIEWED_BODY = "Canada applies due diligence guidance to every mineral supply chain.";
    static final int COMMUNICATIONS = 8;

    private CompilationLetters() {
    }

    static void project(ProjectedReport report) {
        String french = FRENCH_INTRO + "\n\n" + FRENCH_PASSAGE;
        int passage = french.indexOf(FRENCH_PASSAGE);
        report.project(aClassification().id("fr").receivedAt("2026-03-03T09:00:00Z").language("fr")
                        .from(SubmitterType.MEMBER_STATE, "FR").verified()
                        .text("Résidus miniers", french).themes(Theme.RESOURCE_RECOVERY)
                        .carriedBy(Theme.RESOURCE_RECOVERY, "body", 2, passage, french.length()).build(),
                aClassification().id("ar").receivedAt("2026-03-04T09:00:00Z").language("ar")
                        .from(SubmitterType.STAKEHOLDER, "EG").text("بناء القدرات", ARABIC)
                        .themes(Theme.CAPACITY_BUILDING)
                        .carriedBy(Theme.CAPACITY_BUILDING, "body", 1, 0, ARABIC.length()).build(),
                aClassification().id("zh").receivedAt("2026-03-05T09:00:00Z").language("zh")
                        .from(SubmitterType.MEMBER_STATE, "CN").text("最佳做法", CHINESE)
                        .themes(Theme.BEST_PRACTICES)
                        .carriedBy(Theme.BEST_PRACTICES, "body", 1, 0, CHINESE.length()).build(),
                aClassification().id("en").receivedAt("2026-03-06T09:00:00Z")
                        .text(SCRIPT, "International cooperation must include sharing of information.")
                        .themes(Theme.INTERNATIONAL_COOPERATION)
                        .carriedBy(Theme.INTERNATIONAL_COOPERATION, "body", 1, 0, 62).build(),
                aClassification().id("rev").receivedAt("2026-03-07T09:00:00Z")
                        .from(SubmitterType.MEMBER_STATE, "CA").text(REVIEWED_SUBJECT, REVIEWED_BODY)
                        .themes(Theme.RESOURCE_RECOVERY)
                        .carriedBy(Theme.RESOURCE_RECOVERY, "body", 1, 0, REVIEWED_BODY.length()).build());
        report.project(letter("camp-1", "Mining Watch", "GB", 0));
        report.project(copy("camp-2", "Tailings Alliance", "DE", 1).receivedAt("2026-03-20T09:00:00Z").build(),
                copy("camp-3", "Rivers Network", "BR", 2).receivedAt("2026-03-21T09:00:00Z").build());
        report.review(new CommunicationReviewed(1, "rev", Instant.parse("2026-03-08T09:00:00Z"), "ana",
                "about due diligence, not tailings", List.of(Theme.BEST_PRACTICES), List.of("5/12"),
                SubmitterType.MEMBER_STATE, "CA", Verification.VERIFIED));
    }
}
