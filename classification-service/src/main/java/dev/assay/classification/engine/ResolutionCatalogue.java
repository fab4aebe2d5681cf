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
 * @param descriptions   how a resolution is cited by what it is rather than by its number; none when null
 * @param resolutions    the catalogue; a numbered reference to a resolution not in it is not reported
 */
public record ResolutionCatalogue(List<String> numberedForms, List<String> qualifiers, List<String> listSeparators,
                                  Descriptions descriptions, List<Resolution> resolutions) {

    public ResolutionCatalogue {
        numberedForms = List.copyOf(numberedForms);
        qualifiers = List.copyOf(qualifiers);
        listSeparators = List.copyOf(listSeparators);
        descriptions = descriptions == null ? Descriptions.NONE : descriptions;
        resolutions = List.copyOf(resolutions);
    }

    /**
     * One resolution.
     *
     * @param id           the short id reported, e.g. {@code 5/12}
     * @param session      UNEA session, with {@code number}; null for a resolution whose symbol is not known
     * @param assembly     the UNEA session that adopted a resolution whose symbol is not known; null otherwise
     * @param phrases      phrases by language that refer to it alone: its title, "the resolution on mineral resource
     *                     governance"
     * @param topicWords   what a description of it names, by language ("minerals", "mineral resource governance"); a
     *                     description names one of these besides the word "resolution" and its session
     * @param sessionAlone the word "resolution" and a marker of its session are enough ("the resolution adopted at the
     *                     seventh session"): for the one resolution of a session Assay reports on that texts cite so
     */
    public record Resolution(String id, Integer session, Integer number, Integer assembly, String title,
                             Map<String, List<String>> phrases, Map<String, List<String>> topicWords,
                             Boolean sessionAlone) {

        public Resolution {
            Objects.requireNonNull(id, "id");
            phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
            topicWords = topicWords == null ? Map.of() : Map.copyOf(topicWords);
            sessionAlone = Boolean.TRUE.equals(sessionAlone);
            if ((session == null) != (number == null)) {
                throw new IllegalArgumentException("resolution " + id + " needs both session and number, or neither");
            }
        }

        /** The UNEA session that adopted it, whether or not its number is known; null when not known. */
        public Integer adoptedAt() {
            return session != null ? session : assembly;
        }

        /** Whether a description can cite it: by its topic or, when that is enough, by its session alone. */
        public boolean describable() {
            return sessionAlone || !topicWords.isEmpty();
        }
    }

    /**
     * A reference by description: in one sentence, within {@code window} words from the first part to the last, a
     * word for "resolution" not followed by a number ("the resolution", «резолюцией», "القرار", "决议"), a marker of
     * the session that adopted it ("fifth session", "UNEA-5", «пятой сессии», "الدورة الخامسة", "第五届", "2022") and
     * one of the resolution's topic words ("minerals and metals"), in any order.
     *
     * @param sessions markers of each session by language, keyed by the session's number
     */
    public record Descriptions(int window, Map<String, List<String>> resolutionWords,
                               Map<Integer, Map<String, List<String>>> sessions) {

        public static final Descriptions NONE = new Descriptions(1, Map.of(), Map.of());

        public Descriptions {
            if (window < 1) {
                throw new IllegalArgumentException("descriptions window must be positive");
            }
            resolutionWords = resolutionWords == null ? Map.of() : Map.copyOf(resolutionWords);
            sessions = sessions == null ? Map.of() : Map.copyOf(sessions);
        }
    }
}
