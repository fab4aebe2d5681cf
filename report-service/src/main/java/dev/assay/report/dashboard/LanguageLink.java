package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;

import java.util.List;
import java.util.function.Function;

/** One entry of a page's language switcher: the same page in {@code language}. */
public record LanguageLink(InterfaceLanguage language, String href) {

    public static List<LanguageLink> all(Function<InterfaceLanguage, String> page) {
        return List.of(InterfaceLanguage.values()).stream().map(language -> new LanguageLink(language, page.apply(language)))
                .toList();
    }
}
