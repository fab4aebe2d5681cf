package dev.assay.classification.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resolutions Assay recognises and how they are referred to.
 *
 * @param numberedForms  templates of a numbered reference in the six languages, e.g. {@code résolution {q}{s}/{r}},
 *                       {@code 第{s}/{r}号决议}, {@code UNEP/EA.{s}/Res.{r}}: {@code {s}} the session, {@code {r}} the
 *                       resolution number, {@code {q}} an optional qualifier, {@code *} any letters (inflection)
 * @param qualifiers     words that may stand between the word "resolution" and its number ("UNEA", "ЮНЕА")
 * @param listSeparators what may separate further numbers after the first ("resolutions 4/19, 5/12 and 6/5")
 * @param resolutions    the catalogue; a numbered reference to a resolution not in it is not reported
 */
public record ResolutionCatalogue(List<String> numberedForms, List<String> qualifiers, List<String> listSeparators,
                                  List<Resolution> resolutions) {

    public ResolutionCatalogue {
        numberedForms = List.copyOf(numberedForms);
        qualifiers = List.copyOf(qualifiers);
        listSeparators = List.copyOf(listSeparators);
        resolutions = List.copyOf(resolutions);
    }

    /**
     * One resolution.
     *
     * @param id      the short id reported, e.g. {@code 5/12}
     * @param session UNEA session, with {@code number}; null for a resolution known only by its title
     * @param phrases title phrases by language that also refer to it
     * @param nearby  a reference made of two parts close together ("the resolution adopted at the seventh session");
     *                null when there is none
     */
    public record Resolution(String id, Integer session, Integer number, String title,
                             Map<String, List<String>> phrases, Nearby nearby) {

        public Resolution {
            Objects.requireNonNull(id, "id");
            phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
            if ((session == null) != (number == null)) {
                throw new IllegalArgumentException("resolution " + id + " needs both session and number, or neither");
            }
        }
    }

    /**
     * A reference read from a word for "resolution" and a marker of the resolution ("UNEA-7", "seventh session",
     * "седьмой сессии", "الدورة السابعة", "第七届") in the same sentence, at most {@code window} words apart, in either
     * order. A "resolution" followed by a number is a numbered reference to some resolution and does not count.
     */
    public record Nearby(int window, Map<String, List<String>> words, Map<String, List<String>> markers) {

        public Nearby {
            if (window < 1) {
                throw new IllegalArgumentException("nearby window must be positive");
            }
            words = words == null ? Map.of() : Map.copyOf(words);
            markers = markers == null ? Map.of() : Map.copyOf(markers);
        }
    }
}
