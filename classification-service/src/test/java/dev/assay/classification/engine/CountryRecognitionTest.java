package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.Mention;
import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** Countries named in the text, by CLDR name in six languages, UNSD name or alias, as ISO codes. */
class CountryRecognitionTest {

    private static Classification classify(String body) {
        return CLASSIFIER.classify(Communications.aCommunication().subject("").body(body).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kenya mines copper.", "Le Kenya exploite le cuivre.", "Kenia extrae cobre.",
            "Кения добывает медь.", "تستخرج كينيا النحاس.", "肯尼亚开采铜矿。"})
    void aCountryIsNamedInEachOfTheSixLanguages(String body) {
        assertThat(classify(body).countriesMentioned()).containsExactly("KE");
    }

    @Test
    void aliasesNameTheirCountries() {
        Classification classification = classify("Ivory Coast, DRC, DR Congo, Türkiye, Turkey, UK, USA, "
                + "United States of America, Russia, Bolivia, Laos, Viet Nam, Vietnam, Iran, Syria, Tanzania, "
                + "South Korea and the Republic of Korea.");

        assertThat(classification.countriesMentioned()).containsExactly(
                "CI", "CD", "TR", "GB", "US", "RU", "BO", "LA", "VN", "IR", "SY", "TZ", "KR");
    }

    @Test
    void codesOrdinaryWordsAndNamesWrittenInLowerCaseAreNotCountries() {
        assertThat(classify("The uk team ate turkey in china; FR, DE and KE are codes; chad is a name.")
                .countriesMentioned()).isEmpty();
    }

    @Test
    void theLongestNameWins() {
        assertThat(classify("Papua New Guinea, Equatorial Guinea, Niger, Nigeria, South Sudan and the Democratic "
                + "Republic of the Congo.").countriesMentioned()).containsExactly("PG", "GQ", "NE", "NG", "SS", "CD");
    }

    @Test
    void russianNamesAreRecognisedInAnyCase() {
        assertThat(classify("Сотрудничество с Францией, Нигерией, Нигера и Китаем.").countriesMentioned())
                .containsExactly("FR", "NG", "NE", "CN");
    }

    @Test
    void anArabicConjunctionWrittenOntoTheNameIsLeftOutOfTheEvidence() {
        String body = "تتعاون فرنسا ومصر.";

        Mention egypt = classify(body).mentions().get(1);

        assertThat(egypt.id()).isEqualTo("EG");
        assertThat(egypt.evidence().term()).isEqualTo("مصر");
        assertThat(body.substring(egypt.evidence().start(), egypt.evidence().end())).isEqualTo("مصر");
    }

    @Test
    void chineseDevelopingCountriesAndTheIndianOceanAreNotChinaAndIndia() {
        assertThat(classify("发展中国家与印度洋的矿产。中国和印度尼西亚。").countriesMentioned()).containsExactly("CN", "ID");
    }

    @Test
    void eachCountryIsListedOnceWithItsFirstMention() {
        Classification classification = CLASSIFIER.classify(Communications.aCommunication()
                .subject("Chile").body("Peru and Chile.").build());

        assertThat(classification.countriesMentioned()).containsExactly("CL", "PE");
        assertThat(classification.mentions()).containsExactly(
                new Mention(Mention.COUNTRY, "CL", new Evidence("subject", "Chile", 0, 5, "Chile")),
                new Mention(Mention.COUNTRY, "PE", new Evidence("body", "Peru", 0, 4, "Peru and Chile.")));
    }
}
