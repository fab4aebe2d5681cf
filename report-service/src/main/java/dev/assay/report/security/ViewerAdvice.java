package dev.assay.report.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Viewer} into the model of every dashboard page (controllers in {@code dev.assay.report.dashboard}). */
@ControllerAdvice(basePackages = "dev.assay.report.dashboard")
class ViewerAdvice {

    @ModelAttribute(Viewer.ATTRIBUTE)
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }
}
