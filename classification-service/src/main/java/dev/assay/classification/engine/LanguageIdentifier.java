package dev.assay.classification.engine;

/** Tells which of the six UN languages a text is written in, or that it cannot tell. */
public interface LanguageIdentifier {

    IdentifiedLanguage identify(String text);

    /**
     * @param code   ISO 639-1 code of one of the six languages, or {@code und}
     * @param reason why the language is {@code und}; null otherwise
     */
    record IdentifiedLanguage(String code, String reason) {
    }
}
