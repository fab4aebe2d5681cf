package dev.assay.deploy.local;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.SubmitterType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Generates a varied, repeatable batch of communications: every submitter type, countries from all over the
 * reference table (UN Member States, observers and territories without a regional group), some submitters without a
 * country, and texts on each of the four themes in the six UN languages.
 */
final class Submissions {

    /** Subject and body, each written about one theme (one about two), in one language. */
    private static final List<String[]> TEXTS = List.of(
            new String[] {"Tailings reprocessing",
                    "We share our experience with tailings reprocessing and the recovery of metals from mining waste."},
            new String[] {"Retraitement des résidus",
                    "Notre pays partage son expérience de retraitement des résidus miniers et de récupération des métaux."},
            new String[] {"关于尾矿再处理的经验", "我们推动尾矿综合利用和金属回收。"},
            new String[] {"إعادة معالجة مخلفات التعدين",
                    "تشارك بلادنا تجربتها في إعادة معالجة مخلفات التعدين واستخلاص المعادن منها."},
            new String[] {"Best practices in mining",
                    "Mining companies share best practices for mine rehabilitation and due diligence in copper supply chains."},
            new String[] {"Buenas prácticas",
                    "Presentamos buenas prácticas de gestión ambientalmente racional en la minería del cobre y del litio."},
            new String[] {"Renforcement des capacités",
                    "Nous demandons le renforcement des capacités et le transfert de technologie dans le secteur des minéraux."},
            new String[] {"Capacity building",
                    "Developing countries need capacity building, training and technology transfer for the minerals sector."},
            new String[] {"Cooperación internacional",
                    "La cooperación internacional y el diálogo intergubernamental sobre minerales y metales son esenciales."},
            new String[] {"Международное сотрудничество",
                    "Мы развиваем международное сотрудничество и обмен опытом по металлам и минералам."},
            new String[] {"International cooperation",
                    "We call for stronger international cooperation on minerals and metals through a multilateral dialogue."},
            new String[] {"Tailings and capacity",
                    "Recovery of metals from tailings needs technology transfer and capacity building in developing countries."},
            new String[] {"Coopération internationale",
                    "La coopération internationale sur les minéraux et les métaux doit associer les pays producteurs."});

    private Submissions() {
    }

    static List<Submission> generate(int count) {
        return generate(0, count);
    }

    /** {@code count} communications numbered from {@code first + 1}, so that later batches never repeat earlier ones. */
    static List<Submission> generate(int first, int count) {
        List<Country> all = new ArrayList<>(Countries.reference().all());
        List<Country> members = Countries.reference().unMembers();
        SubmitterType[] types = SubmitterType.values();
        return IntStream.range(first, first + count).mapToObj(i -> {
            SubmitterType type = types[i % types.length];
            String country;
            if (type.speaksForACountry()) {
                country = members.get((i * 7) % members.size()).iso2();
            } else if (i % 3 == 0) {
                country = null;
            } else {
                country = all.get((i * 11) % all.size()).iso2();
            }
            String[] text = TEXTS.get(i % TEXTS.size());
            return new Submission(type, country, text[0] + " (" + (i + 1) + ")", text[1]);
        }).toList();
    }
}
