package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static dev.assay.classification.engine.TestClassifiers.LANGUAGES;
import static org.assertj.core.api.Assertions.assertThat;

/** One of the six UN languages, or {@code und} with the reason. */
class LanguageIdentificationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | تشارك الحكومة تجربتها في إدارة مخلفات التعدين وحماية البيئة.
            zh | 我国政府分享了管理尾矿和保护环境的经验。
            en | The government shares its experience of managing mine tailings and protecting the environment.
            fr | Le gouvernement partage son expérience de la gestion des résidus miniers et de la protection de l'environnement.
            ru | Правительство делится опытом управления хвостами и охраны окружающей среды.
            es | El gobierno comparte su experiencia en la gestión de relaves mineros y la protección del medio ambiente.
            """)
    void eachOfTheSixLanguagesIsIdentified(String code, String sentence) {
        assertThat(LANGUAGES.identify(sentence)).isEqualTo(new LanguageIdentifier.IdentifiedLanguage(code, null));
    }

    @Test
    void aTextTooShortIsUndeterminedWithTheReason() {
        assertThat(LANGUAGES.identify("Cobalt")).isEqualTo(new LanguageIdentifier.IdentifiedLanguage("und",
                "text too short to identify its language: 6 letters, at least 12 needed"));
    }

    @Test
    void aTextWhoseLikeliestLanguagesScoreTooCloseIsUndeterminedWithTheReason() {
        assertThat(LANGUAGES.identify("Kenya Ghana Nigeria Chile Peru")).isEqualTo(new LanguageIdentifier.IdentifiedLanguage(
                "und", "language could not be identified reliably: the likeliest languages score too close"));
    }

    @Test
    void subjectBodyAndAttachmentsTogetherGiveTheLanguage() {
        Classification classification = CLASSIFIER.classify(Communications.aCommunication()
                .subject("Relaves").body("Experiencia en la recuperación de cobre de los relaves mineros.").build());

        assertThat(classification.language()).isEqualTo("es");
        assertThat(classification.languageReason()).isNull();
    }

    @Test
    void aGivenLanguageReplacesIdentification() {
        Classification classification = CLASSIFIER.classify(Communications.aCommunication().build(), "ru");

        assertThat(classification.language()).isEqualTo("ru");
        assertThat(classification.languageReason()).isNull();
    }

    @Test
    void linguaReadsTheStartOfALongText() {
        String text = "a".repeat(600) + "b".repeat(1_000);

        assertThat(LinguaLanguageIdentifier.linguaSample(text)).isEqualTo("a".repeat(600) + "b".repeat(400));
        assertThat(LinguaLanguageIdentifier.linguaSample("short text")).isEqualTo("short text");
    }

    @Test
    void aLongTextTheQuickGuessCannotSettleIsIdentifiedFromItsSample() {
        String paragraph = "Minería responsable, reciclaje, relaves mineros, cooperación regional, capacitación "
                + "técnica, buenas prácticas ambientales. ";

        assertThat(QuickLanguageGuess.of(paragraph.repeat(60))).isNull();
        assertThat(LANGUAGES.identify(paragraph.repeat(60)))
                .isEqualTo(new LanguageIdentifier.IdentifiedLanguage("es", null));
    }
}
