package dev.assay.bench.text;

import java.util.List;

/**
 * The six UN languages a benchmark communication is written in, each with sentences of the kind Member States and
 * stakeholders send about the sound management of minerals and metals, so the classifier does real work on them.
 */
public enum Language {
    EN("en", List.of("Report on tailings management", "Contribution on critical minerals", "National experience with e-waste"),
            List.of(
                    "Our ministry has adopted a national strategy for the environmentally sound management of minerals and metals along the whole value chain.",
                    "Reprocessing of copper and cobalt tailings has recovered metals while reducing the risk of dam failure near mining communities.",
                    "We support international cooperation on critical minerals, including the exchange of data on supply, demand and recycling rates.",
                    "Artisanal and small-scale gold miners received training on mercury-free processing and on the safe closure of pits.",
                    "The recovery of rare earth elements from electronic waste is now piloted in two municipal recycling facilities.",
                    "Capacity-building for customs officers helped to detect illegal shipments of scrap metal and hazardous residues.",
                    "In line with resolution 5/12, we share best practices on mine closure, land rehabilitation and water monitoring.",
                    "Lithium extraction from brines requires careful water balance studies to protect wetlands and indigenous livelihoods.",
                    "A public registry of mining concessions and environmental permits improves transparency and community participation.",
                    "Technical assistance from regional centres allowed laboratories to measure heavy metals in soil and river sediments.")),
    FR("fr", List.of("Gestion des résidus miniers", "Contribution sur les minéraux critiques", "Expérience nationale en matière de recyclage"),
            List.of(
                    "Notre gouvernement a adopté une stratégie nationale pour la gestion écologiquement rationnelle des minéraux et des métaux.",
                    "Le retraitement des résidus miniers de cuivre a permis de récupérer des métaux tout en réduisant les risques pour les populations riveraines.",
                    "Nous soutenons la coopération internationale sur les minéraux critiques et le partage des données sur le recyclage.",
                    "Les orpailleurs artisanaux ont été formés aux techniques de traitement sans mercure et à la réhabilitation des sites.",
                    "La valorisation des déchets électroniques permet de récupérer des terres rares dans deux centres de recyclage pilotes.",
                    "Conformément à la résolution 5/12, nous partageons nos bonnes pratiques de fermeture de mines et de suivi de la qualité de l'eau.",
                    "Le renforcement des capacités des services douaniers a aidé à détecter les exportations illicites de ferraille.",
                    "Un registre public des titres miniers et des permis environnementaux renforce la transparence et la participation du public.",
                    "L'assistance technique des centres régionaux a permis aux laboratoires de mesurer les métaux lourds dans les sols.",
                    "L'exploitation du lithium exige des études hydrologiques approfondies pour protéger les zones humides.")),
    ES("es", List.of("Gestión de relaves mineros", "Aporte sobre minerales críticos", "Experiencia nacional en reciclaje de metales"),
            List.of(
                    "Nuestro ministerio adoptó una estrategia nacional para la gestión ambientalmente racional de los minerales y los metales.",
                    "El reprocesamiento de relaves de cobre permitió recuperar metales y reducir el riesgo de colapso de los depósitos.",
                    "Apoyamos la cooperación internacional sobre minerales críticos y el intercambio de datos sobre tasas de reciclaje.",
                    "Los mineros artesanales y de pequeña escala recibieron capacitación en el procesamiento de oro sin mercurio.",
                    "La recuperación de tierras raras a partir de residuos electrónicos se prueba en dos plantas municipales de reciclaje.",
                    "De conformidad con la resolución 5/12, compartimos buenas prácticas de cierre de minas y rehabilitación de suelos.",
                    "El fortalecimiento de capacidades de las aduanas ayudó a detectar envíos ilegales de chatarra y residuos peligrosos.",
                    "La extracción de litio en salares exige estudios del balance hídrico para proteger los humedales y a las comunidades.",
                    "Un registro público de concesiones mineras y permisos ambientales mejora la transparencia y la participación ciudadana.",
                    "La asistencia técnica de los centros regionales permitió a los laboratorios medir metales pesados en sedimentos.")),
    RU("ru", List.of("Обращение с хвостами обогащения", "Вклад по критически важным минералам", "Национальный опыт переработки металлов"),
            List.of(
                    "Наше министерство приняло национальную стратегию экологически обоснованного регулирования минералов и металлов.",
                    "Повторная переработка хвостов медных рудников позволила извлечь металлы и снизить риск аварий на хвостохранилищах.",
                    "Мы поддерживаем международное сотрудничество по критически важным минералам и обмен данными о переработке.",
                    "Старатели прошли обучение методам извлечения золота без ртути и рекультивации нарушенных земель.",
                    "Извлечение редкоземельных элементов из электронных отходов испытывается на двух муниципальных предприятиях.",
                    "В соответствии с резолюцией 5/12 мы делимся передовым опытом закрытия рудников и мониторинга качества воды.",
                    "Повышение квалификации таможенных служб помогло выявлять незаконные поставки металлолома и опасных отходов.",
                    "Открытый реестр лицензий на недропользование повышает прозрачность и участие местных сообществ.",
                    "Техническая помощь региональных центров позволила лабораториям измерять содержание тяжёлых металлов в почве.",
                    "Добыча лития из рассолов требует тщательной оценки водного баланса для защиты водно-болотных угодий.")),
    ZH("zh", List.of("尾矿管理报告", "关于关键矿产的意见", "金属回收的国家经验"),
            List.of(
                    "我国政府通过了矿物和金属环境无害化管理的国家战略，覆盖整个价值链。",
                    "铜钴尾矿的再处理在回收金属的同时降低了尾矿库溃坝对周边社区的风险。",
                    "我们支持在关键矿产方面开展国际合作，包括交流供应、需求和回收率数据。",
                    "手工和小规模金矿开采者接受了无汞加工和矿坑安全关闭方面的培训。",
                    "从电子废物中回收稀土元素的试点工作已在两个城市回收设施中开展。",
                    "根据第5/12号决议，我们分享矿山关闭、土地复垦和水质监测方面的最佳做法。",
                    "对海关人员的能力建设有助于发现废金属和危险残渣的非法运输。",
                    "从盐湖卤水中提取锂需要开展细致的水平衡研究，以保护湿地和当地社区的生计。",
                    "公开的采矿权和环境许可登记提高了透明度，促进了社区参与。",
                    "区域中心提供的技术援助使实验室能够测定土壤和河流沉积物中的重金属。")),
    AR("ar", List.of("تقرير عن إدارة مخلفات التعدين", "مساهمة بشأن المعادن الحرجة", "التجربة الوطنية في إعادة تدوير المعادن"),
            List.of(
                    "اعتمدت وزارتنا استراتيجية وطنية للإدارة السليمة بيئياً للمعادن والفلزات على امتداد سلسلة القيمة.",
                    "أتاحت إعادة معالجة مخلفات مناجم النحاس استعادة المعادن والحد من مخاطر انهيار السدود على المجتمعات المجاورة.",
                    "نحن ندعم التعاون الدولي بشأن المعادن الحرجة وتبادل البيانات عن العرض والطلب ومعدلات إعادة التدوير.",
                    "تلقى عمال التعدين الحرفي والصغير النطاق تدريباً على معالجة الذهب دون زئبق وعلى إغلاق الحفر بأمان.",
                    "يجري تجريب استعادة العناصر الأرضية النادرة من النفايات الإلكترونية في منشأتين بلديتين لإعادة التدوير.",
                    "وفقاً للقرار 5/12، نتقاسم أفضل الممارسات في إغلاق المناجم وإعادة تأهيل الأراضي ورصد جودة المياه.",
                    "ساعد بناء قدرات موظفي الجمارك على كشف الشحنات غير المشروعة من الخردة المعدنية والنفايات الخطرة.",
                    "يتطلب استخراج الليثيوم من المحاليل الملحية دراسات دقيقة للتوازن المائي لحماية الأراضي الرطبة.",
                    "يعزز سجل عام لامتيازات التعدين والتصاريح البيئية الشفافية ومشاركة المجتمعات المحلية.",
                    "مكنت المساعدة التقنية من المراكز الإقليمية المختبرات من قياس المعادن الثقيلة في التربة ورواسب الأنهار."));

    private final String code;
    private final List<String> subjects;
    private final List<String> sentences;

    Language(String code, List<String> subjects, List<String> sentences) {
        this.code = code;
        this.subjects = subjects;
        this.sentences = sentences;
    }

    /** ISO 639-1, as the classifier reports it. */
    public String code() {
        return code;
    }

    List<String> subjects() {
        return subjects;
    }

    List<String> sentences() {
        return sentences;
    }

    /** Chinese is written without spaces between sentences. */
    String separator() {
        return this == ZH ? "" : " ";
    }
}
