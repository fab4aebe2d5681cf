package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.report.web.InvalidParametersException;
import jakarta.servlet.http.HttpServletRequest;
import dev.assay.report.security.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /dashboard}: the public page, and {@code GET /dashboard/figures}: its figures alone, which the page asks
 * for every few seconds and puts in place (not cached: a figure must move within seconds of a classification).
 */
@Controller
class DashboardController {

    static final String PATH = "/dashboard";
    static final String FIGURES = "/dashboard/figures";
    /** Where a failed sign-in lands ({@code DashboardSecurityConfiguration}): the page says so. */
    static final String SIGN_IN_FAILED = "signInFailed";

    private final DashboardAssembler assembler;
    private final DashboardOptions options;

    DashboardController(DashboardAssembler assembler, DashboardOptions options) {
        this.assembler = assembler;
        this.options = options;
    }

    @GetMapping(PATH)
    String page(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                @ModelAttribute(name = Viewer.ATTRIBUTE, binding = false) Viewer viewer, Model model) {
        Optional<String> canonical = DashboardQuery.canonical(PATH, parameters);
        if (canonical.isPresent()) {
            return "redirect:" + canonical.get();
        }
        DashboardQuery query = DashboardQuery.of(parameters, RequestLanguage.of(request), List.of(SIGN_IN_FAILED));
        figures(model, query, viewer.analyst());
        model.addAttribute("options", options.in(query.language()));
        model.addAttribute("signInFailed", parameters.containsKey(SIGN_IN_FAILED));
        model.addAttribute("languageLinks", LanguageLink.all(language -> query.in(PATH, language)));
        return "dashboard/index";
    }

    @GetMapping(FIGURES)
    String figures(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                   @ModelAttribute(name = Viewer.ATTRIBUTE, binding = false) Viewer viewer, Model model,
                   HttpServletResponse response) {
        DashboardQuery query = DashboardQuery.of(parameters, RequestLanguage.of(request), List.of());
        figures(model, query, viewer.analyst());
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return "dashboard/index :: figures";
    }

    private void figures(Model model, DashboardQuery query, boolean analyst) {
        model.addAttribute("query", query);
        model.addAttribute("view", assembler.view(query, analyst));
        model.addAttribute("analyst", analyst);
        model.addAttribute("figuresSource", query.link(FIGURES, Map.of()));
    }

    /** A URL with an unknown or invalid filter: the page says which, in the interface language, and offers a reset. */
    @ExceptionHandler(InvalidParametersException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidParametersException invalid, HttpServletRequest request, Model model) {
        InterfaceLanguage language = RequestLanguage.of(request);
        model.addAttribute("language", language);
        model.addAttribute("violations", invalid.violations());
        return "dashboard/invalid";
    }
}
