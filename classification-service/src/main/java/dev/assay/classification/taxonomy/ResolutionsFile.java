package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.ResolutionCatalogue;

import java.util.List;

/** {@code resolutions.json} as written; see {@link ResolutionCatalogue} for the meaning of each part. */
record ResolutionsFile(String about, List<String> numberedForms, List<String> qualifiers, List<String> listSeparators,
                       List<ResolutionCatalogue.Resolution> resolutions) {
}
