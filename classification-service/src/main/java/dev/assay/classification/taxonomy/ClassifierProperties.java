package dev.assay.classification.taxonomy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where the classifier's data files are and how language identification behaves ({@code assay.classification.*}).
 *
 * @param taxonomy the data files; any Spring resource location, so an operator can point at files outside the jar
 * @param language language identification settings
 */
@Validated
@ConfigurationProperties("assay.classification")
public record ClassifierProperties(@Valid @NotNull @DefaultValue Files taxonomy,
                                   @Valid @NotNull @DefaultValue Language language) {

    /**
     * @param lexicon     theme and scope lexicon with the taxonomy version
     * @param resolutions resolution catalogue
     * @param countries   country aliases, ambiguous names and exclusions
     * @param model       the trained theme model for the lexicon's version; {@code none} to tag themes by
     *                    threshold and dominance alone
     */
    public record Files(@NotNull @DefaultValue("classpath:" + TaxonomyFiles.LEXICON) Resource lexicon,
                        @NotNull @DefaultValue("classpath:" + TaxonomyFiles.RESOLUTIONS) Resource resolutions,
                        @NotNull @DefaultValue("classpath:" + TaxonomyFiles.COUNTRIES) Resource countries,
                        @NotNull @DefaultValue("classpath:" + TaxonomyFiles.MODEL) String model) {
    }

    /**
     * @param minLetters          fewer letters than this and the language is {@code und}
     * @param minRelativeDistance how far ahead the likeliest language must be; closer and it is {@code und}
     * @param maxChars            characters read to identify the language
     */
    public record Language(@Min(1) @DefaultValue("12") int minLetters,
                           @DecimalMin("0.0") @DecimalMax("0.99") @DefaultValue("0.1") double minRelativeDistance,
                           @Min(100) @DefaultValue("20000") int maxChars) {
    }
}
