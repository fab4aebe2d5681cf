package dev.assay.report.dashboard;

import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ProjectedReport;

import static dev.assay.report.ClassifiedEvents.aClassification;

/**
 * What the dashboard tests show: six communications of March and April 2026. France (verified) twice on resource
 * recovery, once also on best practices; Kenya (declared, so not yet heard) on capacity building in English; an
 * Egyptian stakeholder in Arabic on capacity building; China (verified) in Chinese on best practices, in April; and a
 * Brazilian stakeholder whose subject is markup, on international cooperation.
 */
final class DashboardLetters {

    static final String SCRIPT = "<script>alert('dashboard')</script>";

    private DashboardLetters() {
    }

    static void project(ProjectedReport report) {
        report.project(
                aClassification().id("fr-1").receivedAt("2026-03-03T09:00:00Z").language("fr")
                        .from(SubmitterType.MEMBER_STATE, "FR").verified()
                        .text("Résidus miniers", "La valorisation des résidus miniers.")
                        .themes(Theme.RESOURCE_RECOVERY).build(),
                aClassification().id("fr-2").receivedAt("2026-03-04T09:00:00Z").language("fr")
                        .from(SubmitterType.FOCAL_POINT, "FR").verified()
                        .text("Bonnes pratiques", "Les résidus miniers et les bonnes pratiques.")
                        .themes(Theme.RESOURCE_RECOVERY, Theme.BEST_PRACTICES).build(),
                aClassification().id("ke").receivedAt("2026-03-05T09:00:00Z").language("en")
                        .from(SubmitterType.MEMBER_STATE, "KE")
                        .text("Capacity", "Technical capacity for developing countries.")
                        .themes(Theme.CAPACITY_BUILDING).build(),
                aClassification().id("eg").receivedAt("2026-03-06T09:00:00Z").language("ar")
                        .from(SubmitterType.STAKEHOLDER, "EG")
                        .text("بناء القدرات", "ندعو إلى بناء القدرات التقنية في البلدان النامية")
                        .themes(Theme.CAPACITY_BUILDING).build(),
                aClassification().id("cn").receivedAt("2026-04-02T09:00:00Z").language("zh")
                        .from(SubmitterType.MEMBER_STATE, "CN").verified()
                        .text("最佳做法", "我们分享尾矿管理的最佳做法").themes(Theme.BEST_PRACTICES).build(),
                aClassification().id("xss").receivedAt("2026-04-03T09:00:00Z")
                        .from(SubmitterType.STAKEHOLDER, "BR")
                        .text(SCRIPT, "International cooperation must include sharing of information.")
                        .themes(Theme.INTERNATIONAL_COOPERATION).build());
    }
}
