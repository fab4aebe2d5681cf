package dev.assay.report.dashboard;

import java.util.List;
import java.util.function.Function;

/** One entry of a page's language switcher: the same page in {@code language}. */
public record LanguageLink(DashboardLanguage language, String href) {

    public static List<LanguageLink> all(Function<DashboardLanguage, String> page) {
        return DashboardLanguage.all().stream().map(language -> new LanguageLink(language, page.apply(language)))
                .toList();
    }
}
