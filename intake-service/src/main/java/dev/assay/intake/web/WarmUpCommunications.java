package dev.assay.intake.web;

import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The sample requests {@link ApiWarmUp} takes through the request path: valid, about 2 KB, in the scripts partners
 * write in (Latin, Cyrillic, Arabic, Chinese), so the JIT sees the same string handling real traffic needs.
 */
final class WarmUpCommunications {

    private static final int BODY_CHARS = 1700;

    private WarmUpCommunications() {
    }

    static List<byte[]> json(JsonMapper json) {
        return List.of(
                sample(json, "member-state", "FR", "Ministère de la Transition écologique",
                        "Résidus miniers et économie circulaire",
                        "Nous présentons nos recommandations sur la gestion des résidus miniers, la remise en état des "
                                + "sites et la récupération des métaux. ", List.of("resource-recovery"),
                        List.of("5/12")),
                sample(json, "stakeholder", null, "Tailings Watch", "Tailings dam safety",
                        "Our submission covers the safety of tailings storage facilities, monitoring, and the "
                                + "participation of affected communities in closure planning. ",
                        List.of(), List.of("unea-7")),
                sample(json, "member-state", "RU", "Министерство природных ресурсов",
                        "Хвостохранилища и переработка",
                        "Мы представляем предложения по безопасному обращению с хвостами обогащения и вторичной "
                                + "переработке металлов. ", List.of(), List.of("4/19")),
                sample(json, "focal-point", "EG", "وزارة البيئة", "إدارة المخلفات التعدينية",
                        "نقدم توصياتنا بشأن الإدارة السليمة بيئيا للمعادن والفلزات واستعادة الموارد من المخلفات. ",
                        List.of(), List.of()),
                sample(json, "intergovernmental", null, "区域环境组织", "矿山尾矿的环境无害化管理",
                        "我们就尾矿库安全、闭矿规划以及金属回收提出建议，并介绍各国的良好做法。", List.of(),
                        List.of("5/12", "4/19")));
    }

    private static byte[] sample(JsonMapper json, String type, String country, String organisation, String subject,
                                 String paragraph, List<String> themes, List<String> resolutions) {
        StringBuilder body = new StringBuilder(BODY_CHARS + paragraph.length());
        while (body.length() < BODY_CHARS) {
            body.append(paragraph);
        }
        return json.writeValueAsBytes(new CommunicationRequest(new CommunicationRequest.SubmitterRequest(type, country,
                organisation, "Warm-up", "warm-up@example.org"), subject, body.toString(), themes, resolutions));
    }
}
