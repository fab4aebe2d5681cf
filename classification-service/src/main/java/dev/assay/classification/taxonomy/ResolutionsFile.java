package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.ResolutionCatalogue;
import dev.assay.contracts.taxonomy.Resolution;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static dev.assay.classification.taxonomy.TaxonomyFiles.require;
import static dev.assay.classification.taxonomy.TaxonomyFiles.requireLanguage;

/**
 * {@code resolutions.json} as written; see {@link ResolutionCatalogue} for the meaning of each part. Checked before
 * use: every resolution is contracts' with contracts' number, every language one of the six, and every session that
 * has description markers is the session of a resolution (a marker of a session nobody adopted anything at, or a
 * resolution described by a session without markers, would silently never match).
 */
record ResolutionsFile(String about, List<String> numberedForms, List<String> qualifiers, List<String> listSeparators,
                       ResolutionCatalogue.Descriptions descriptions,
                       List<ResolutionCatalogue.Resolution> resolutions) {

    ResolutionCatalogue catalogue() {
        require(numberedForms != null && resolutions != null, "numberedForms and resolutions are required");
        Set<String> ids = new HashSet<>();
        for (ResolutionCatalogue.Resolution resolution : resolutions) {
            String where = "resolution " + resolution.id();
            require(ids.add(resolution.id()), "resolution id " + resolution.id() + " appears twice");
            resolution.phrases().keySet().forEach(l -> requireLanguage(l, where + " phrases"));
            resolution.topicWords().keySet().forEach(l -> requireLanguage(l, where + " topicWords"));
            require(resolution.session() != null || !resolution.phrases().isEmpty(),
                    where + " has neither a number nor phrases");
            require(resolution.session() == null || resolution.assembly() == null,
                    where + ": assembly is for a resolution without a number; its session says "
                            + resolution.session());
            requireInContracts(resolution);
        }
        require(ids.equals(Set.of(Resolution.ids())), "the resolutions are " + ids + " but Assay reports on "
                + Arrays.toString(Resolution.ids()) + " (dev.assay.contracts.taxonomy.Resolution)");
        requireDescribable();
        return new ResolutionCatalogue(numberedForms, orEmpty(qualifiers), orEmpty(listSeparators), descriptions,
                resolutions);
    }

    private void requireDescribable() {
        Map<Integer, Map<String, List<String>>> sessions = descriptions == null ? Map.of() : descriptions.sessions();
        if (descriptions != null) {
            descriptions.resolutionWords().keySet().forEach(l -> requireLanguage(l, "descriptions resolutionWords"));
            sessions.forEach((session, markers) -> markers.keySet()
                    .forEach(l -> requireLanguage(l, "descriptions session " + session)));
        }
        Set<Integer> adopted = new TreeSet<>();
        for (ResolutionCatalogue.Resolution resolution : resolutions) {
            if (resolution.describable()) {
                require(resolution.adoptedAt() != null && sessions.containsKey(resolution.adoptedAt()),
                        "resolution " + resolution.id() + " has topicWords or sessionAlone but descriptions have no "
                                + "markers for its session " + resolution.adoptedAt());
            }
            if (resolution.adoptedAt() != null) {
                adopted.add(resolution.adoptedAt());
            }
        }
        for (Integer session : sessions.keySet()) {
            require(adopted.contains(session), "descriptions have markers for session " + session
                    + " but no resolution was adopted there; sessions of the resolutions: " + adopted);
        }
    }

    /** The data says how texts refer to a resolution; which resolutions there are, and their numbers, is contracts'. */
    private static void requireInContracts(ResolutionCatalogue.Resolution resolution) {
        Resolution known;
        try {
            known = Resolution.fromId(resolution.id());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("invalid classifier data: " + unknown.getMessage(), unknown);
        }
        require(Objects.equals(known.session(), resolution.session())
                        && Objects.equals(known.number(), resolution.number()),
                "resolution " + resolution.id() + " has session/number " + resolution.session() + "/"
                        + resolution.number() + " but contracts say " + known.session() + "/" + known.number());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
