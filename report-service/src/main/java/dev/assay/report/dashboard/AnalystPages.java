package dev.assay.report.dashboard;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.web.FieldViolation;
import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.report.communications.AnalystDesk;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.communications.ReviewRequest;
import dev.assay.report.communications.ReviewedValues;
import dev.assay.report.security.Viewer;
import dev.assay.report.web.InvalidFieldException;
import dev.assay.report.web.InvalidParametersException;
import dev.assay.report.web.ReadRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The signed-in analyst's pages: the communications behind a figure ({@code /dashboard/communications} under the
 * dashboard's filters and the cell's), one communication with its evidence in place, its campaign, attachments and
 * review history, and the review form. A review from the page goes through {@link AnalystDesk}, as one through the
 * API does: the same event, the same audit trail. Never cached: these pages hold personal data.
 */
@Controller
class AnalystPages {

    static final String LIST = "/dashboard/communications";
    private static final int PAGE_SIZE = 50;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final AnalystDesk desk;
    private final MessageSource messages;

    AnalystPages(AnalystDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, Model model,
                HttpServletResponse response) {
        noStore(response);
        String after = parameters.getFirst("after");
        DashboardQuery query = DashboardQuery.of(parameters, RequestLanguage.of(request), List.of("after"));
        Map<String, String> cursor = after == null ? Map.of() : Map.of("after", after);
        common(model, query, language -> query.in(LIST, language, cursor));
        model.addAttribute("back", query.link(DashboardController.PATH, Map.of()));
        Labels labels = new Labels(messages, query.language());
        model.addAttribute("labels", labels);
        model.addAttribute("chosen", query.parameters().entrySet().stream()
                .map(filter -> labels.filter(filter.getKey(), filter.getValue())).toList());
        try {
            AnalystDesk.Page page = desk.list(query.filter(), List.of(), after, PAGE_SIZE);
            model.addAttribute("page", page);
            model.addAttribute("nextPage", page.next() == null ? null : query.link(LIST, Map.of("after", page.next())));
        } catch (ReadRefusedException refused) {
            model.addAttribute("refused", labels.text("figures.refused"));
        }
        return "dashboard/communications";
    }

    @GetMapping(LIST + "/{id}")
    String communication(@PathVariable String id, HttpServletRequest request, Model model,
                         HttpServletResponse response) {
        noStore(response);
        InterfaceLanguage language = RequestLanguage.of(request);
        CommunicationView view = desk.communication(checked(id));
        show(model, view, language, null, null);
        return "dashboard/communication";
    }

    /** The review form: every value, confirmed or corrected, and why; refused fields are named on the page again. */
    @PostMapping(LIST + "/{id}/review")
    String review(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  @ModelAttribute(name = Viewer.ATTRIBUTE, binding = false) Viewer viewer, Model model,
                  HttpServletResponse response) {
        noStore(response);
        InterfaceLanguage language = RequestLanguage.of(request);
        ReviewRequest review = new ReviewRequest(values(form, "themes"), values(form, "resolutions"),
                form.getFirst("submitterType"), form.getFirst("country"), form.getFirst("verification"),
                form.getFirst("comment"));
        try {
            desk.review(checked(id), review, viewer.subject());
        } catch (InvalidFieldException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(model, desk.communication(id), language, invalid, review);
            return "dashboard/communication";
        }
        return "redirect:" + LIST + "/" + id + "?reviewed=true&lang=" + language.code();
    }

    /** A list's invalid filter or cursor: named on a page. */
    @ExceptionHandler(InvalidParametersException.class)
    String invalid(InvalidParametersException invalid, HttpServletRequest request, Model model,
                   HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("language", RequestLanguage.of(request));
        model.addAttribute("violations", invalid.violations());
        return "dashboard/invalid";
    }

    /** No such communication (404), or withdrawn at its submitter's request (410): said on a page. */
    @ExceptionHandler(ErrorResponseException.class)
    String problem(ErrorResponseException problem, HttpServletRequest request, Model model,
                   HttpServletResponse response) {
        int status = problem.getStatusCode().value();
        response.setStatus(status);
        InterfaceLanguage language = RequestLanguage.of(request);
        model.addAttribute("language", language);
        model.addAttribute("status", status);
        model.addAttribute("back", new DashboardQuery(null, language, Map.of()).link(DashboardController.PATH,
                Map.of()));
        return "dashboard/problem";
    }

    private void show(Model model, CommunicationView view, InterfaceLanguage language,
                      InvalidFieldException invalid, ReviewRequest sent) {
        DashboardQuery query = new DashboardQuery(null, language, Map.of());
        common(model, query, other -> LIST + "/" + view.id() + "?lang=" + other.code());
        Labels labels = new Labels(messages, language);
        model.addAttribute("c", view);
        model.addAttribute("labels", labels);
        model.addAttribute("back", query.link(DashboardController.PATH, Map.of()));
        model.addAttribute("subjectPieces", Highlights.of(view.subject(), "subject", view.classification().themes()));
        model.addAttribute("bodyPieces", Highlights.of(view.body(), "body", view.classification().themes()));
        model.addAttribute("form", sent != null ? ReviewForm.of(sent) : ReviewForm.of(view));
        model.addAttribute("errors", invalid == null ? Map.of() : invalid.byField());
        model.addAttribute("themeOptions", Arrays.stream(Theme.values()).map(Theme::id).toList());
        model.addAttribute("resolutionOptions", Arrays.stream(Resolution.values()).map(Resolution::id).toList());
        model.addAttribute("submitterTypes", Arrays.stream(SubmitterType.values()).map(SubmitterType::id).toList());
        model.addAttribute("countries", CountryChoice.in(labels));
    }

    private static void common(Model model, DashboardQuery query, Function<InterfaceLanguage, String> here) {
        model.addAttribute("query", query);
        model.addAttribute("language", query.language());
        model.addAttribute("languageLinks", LanguageLink.all(here));
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    private static String checked(String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidParametersException(List.of(new FieldViolation("id",
                    "must be 1 to 64 letters, digits, '-' or '_'", null)));
        }
        return id;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }

    /** The review form's values: the newest review's, else the classification's, else what was sent and refused. */
    record ReviewForm(List<String> themes, List<String> resolutions, String submitterType, String country,
                      String verification, String comment) {

        static ReviewForm of(ReviewRequest sent) {
            return new ReviewForm(sent.themes(), sent.resolutions(), sent.submitterType(), sent.country(),
                    sent.verification(), sent.comment());
        }

        static ReviewForm of(CommunicationView view) {
            ReviewedValues reviewed = view.latestReview() == null ? null : view.latestReview().after();
            if (reviewed != null) {
                return new ReviewForm(reviewed.themes().stream().map(Theme::id).toList(), reviewed.resolutions(),
                        reviewed.submitterType() == null ? null : reviewed.submitterType().id(), reviewed.country(),
                        reviewed.verification() == null ? null : reviewed.verification().id(), "");
            }
            var classification = view.classification();
            var submitter = view.submitter();
            return new ReviewForm(classification.themes().stream().map(tag -> tag.id().id()).toList(),
                    classification.resolutions(), submitter == null ? null : submitter.type().id(),
                    classification.region() != null ? classification.region().country()
                            : submitter == null ? null : submitter.country(),
                    submitter == null ? "declared" : submitter.verification().id(), "");
        }
    }

    /** A country of the review form's list, named in the interface language. */
    record CountryChoice(String code, String name) {

        static List<CountryChoice> in(Labels labels) {
            java.text.Collator order = java.text.Collator.getInstance(labels.language().locale());
            return Countries.reference().all().stream()
                    .map(country -> new CountryChoice(country.iso2(), labels.country(country.iso2(), country.name())))
                    .sorted((a, b) -> order.compare(a.name(), b.name())).toList();
        }
    }
}
