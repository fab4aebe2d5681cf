package dev.assay.intake.ack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementLanguageTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            fr-CA  | The text is in English.                                   | fr
            ZH     | The text is in English.                                   | zh
            de     | Nous vous adressons notre contribution sur les résidus.    | fr
            null   | الإدارة السليمة بيئياً للمعادن والفلزات                       | ar
            null   | 关于矿物和金属的环境无害化管理                                  | zh
            null   | Экологически обоснованное регулирование полезных ископаемых | ru
            null   | Nous vous adressons la contribution de la France pour le rapport. | fr
            null   | Les enviamos la contribución de España sobre los residuos mineros y el reciclaje. | es
            null   | We send the contribution of Kenya on tailings and the recovery of metals. | en
            null   | 12345 !!!                                                  | en
            null   | null                                                       | en
            """)
    void answersInTheDeclaredLanguageElseInTheLanguageOfTheText(String contentLanguage, String text,
                                                                 String expected) {
        assertThat(AcknowledgementLanguage.of(contentLanguage, text)).isEqualTo(expected);
    }
}
