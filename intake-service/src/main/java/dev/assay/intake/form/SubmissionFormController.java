package dev.assay.intake.form;

import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.web.FieldViolation;
import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.attachments.LimitBreach;
import dev.assay.intake.idempotency.Answer;
import dev.assay.intake.idempotency.IdempotentIntake;
import dev.assay.intake.idempotency.RequestIdentity;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.submission.RandomIds;
import dev.assay.intake.submission.SubmissionCounter;
import dev.assay.intake.submission.SubmissionRefusedException;
import dev.assay.intake.web.CommunicationRequest;
import dev.assay.intake.web.CommunicationValidator;
import dev.assay.intake.web.InvalidCommunicationException;
import dev.assay.intake.web.RequestFingerprint;
import dev.assay.intake.web.ValidCommunication;
import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The submission form. A valid form is handed to intake like any other channel (channel {@code web-form}) and
 * answered with a redirect to the confirmation page (Post/Redirect/Get, so a reload does not submit again); an
 * invalid one comes back filled in, with a message beside each field at fault and a summary at the top. A form
 * whose hidden honeypot field was filled in is answered as if accepted, counted, and dropped. A resubmission after a
 * late Kafka answer gets the first submission's tracking number, never a second communication, and so does a second
 * post of the same rendered form ({@link FormKeys}).
 */
@Controller
class SubmissionFormController {

    static final String FORM_PATH = "/submit";
    static final String CONFIRMATION_PATH = "/submitted";
    private static final Logger log = LoggerFactory.getLogger(SubmissionFormController.class);

    private final IdempotentIntake intake;
    private final JsonMapper json;
    private final long retryAfterSeconds;
    private final CommunicationValidator validator;
    private final IntakeProperties.MaxLength maxLength;
    private final AttachmentProperties limits;
    private final MessageSource messages;
    private final ConfirmationLink confirmations;
    private final CountryOptions countries;
    private final SubmissionCounter counter;
    private final Clock clock;

    SubmissionFormController(IdempotentIntake intake, JsonMapper json, IntakeProperties properties,
                             AttachmentProperties limits, MessageSource messages, ConfirmationLink confirmations,
                             CountryOptions countries, MeterRegistry meters, Clock clock) {
        this.intake = intake;
        this.json = json;
        this.retryAfterSeconds = properties.retryAfterSeconds();
        this.validator = new CommunicationValidator(properties.maxLength());
        this.maxLength = properties.maxLength();
        this.limits = limits;
        this.messages = messages;
        this.confirmations = confirmations;
        this.countries = countries;
        this.counter = new SubmissionCounter(meters, Channel.WEB_FORM);
        this.clock = clock;
    }

    @InitBinder("form")
    void bindOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(SubmissionForm.FIELDS);
    }

    @GetMapping({"/", FORM_PATH})
    String show(@RequestParam(name = "too-large", required = false) String tooLarge, Model model, Locale locale,
                CsrfToken csrf,
                @RequestAttribute(name = FormRateLimit.RETRY_AFTER_ATTRIBUTE, required = false) Long rateLimited,
                @RequestParam(name = "busy", required = false) String busy) {
        csrf.getToken(); // issues the token cookie before the page is written
        FormErrors errors = new FormErrors(messages, locale);
        if (busy != null) {
            // every upload slot was taken (UploadSlots): nothing was received
            errors.add(FormErrors.GLOBAL, "error.unavailable");
        }
        if (rateLimited != null) {
            // status 429 and Retry-After are set by the rate limit, which forwarded the refused post here
            errors.add(FormErrors.GLOBAL, "error.rateLimited", Math.max(1, (rateLimited + 59) / 60));
        }
        if (tooLarge != null) {
            errors.add("attachments", "error.attachments.requestTooLarge", megabytes(limits.maxFileSize().toBytes()),
                    megabytes(limits.maxTotalSize().toBytes()));
        }
        SubmissionForm form = new SubmissionForm();
        form.setSubmissionKey(FormKeys.next());
        return form(model, form, errors, locale);
    }

    @PostMapping(FORM_PATH)
    Object submit(@ModelAttribute("form") SubmissionForm form, Model model, Locale locale, CsrfToken csrf,
                  HttpServletRequest http, HttpServletResponse response) {
        csrf.getToken();
        if (form.isHoneypotFilled()) {
            counter.honeypot();
            log.info("Dropped a form submission whose honeypot field was filled in");
            return confirmationRedirect(new ConfirmationLink.Receipt(RandomIds.next(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        FormErrors errors = new FormErrors(messages, locale);
        List<MultipartFile> chosen = form.chosenFiles();
        checkFiles(chosen, errors);
        CommunicationRequest request = request(form);
        ValidCommunication valid = validate(request, !chosen.isEmpty(), errors);
        if (!errors.isEmpty()) {
            counter.rejected();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, errors, locale);
        }
        try {
            List<IncomingFile> files = read(chosen);
            // the key the form was rendered with makes a double click or a browser retry one communication; a
            // form without one (or whose content changed since its key was used) is recognised after a late Kafka
            // answer by its content and address (IdempotentIntake)
            Answer answer = FormKeys.of(form)
                    .map(key -> intake.accept(RequestIdentity.ofKey(FormKeys.SCOPE, key,
                            RequestFingerprint.of(request, files, json)),
                            id -> valid.submission(id, Channel.WEB_FORM, files)))
                    .filter(keyed -> !(keyed instanceof Answer.KeyReused))
                    .orElseGet(() -> intake.accept(RequestIdentity.ofCaller(Channel.WEB_FORM, http.getRemoteAddr(),
                            () -> RequestFingerprint.of(request, files, json)),
                            id -> valid.submission(id, Channel.WEB_FORM, files)));
            if (answer instanceof Answer.Accepted accepted) {
                counter.accepted();
                return confirmationRedirect(new ConfirmationLink.Receipt(accepted.communicationId(),
                        accepted.receivedAt()));
            }
            if (answer instanceof Answer.KeyInUse) {
                // the first click of a double click is still being handled; the retry shows its outcome
                counter.unavailable();
                errors.add(FormErrors.GLOBAL, "error.unavailable");
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
                return form(model, form, errors, locale);
            }
            String id = ((Answer.Unconfirmed) answer).communicationId();
            counter.unavailable();
            log.warn("A form submission is answered 503: Kafka has not yet confirmed communication {}", id);
            errors.add(FormErrors.GLOBAL, "error.unconfirmed", id);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        } catch (SubmissionRefusedException refused) {
            counter.rejected();
            errors.add(refused.field() != null && refused.field().startsWith("attachments") ? "attachments"
                    : FormErrors.GLOBAL, "error.refused");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (PublishFailedException | DataAccessException | MongoException unavailable) {
            counter.unavailable();
            log.warn("A form submission could not be stored: {}", unavailable.getMessage());
            errors.add(FormErrors.GLOBAL, "error.unavailable");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
        return form(model, form, errors, locale);
    }

    @GetMapping(CONFIRMATION_PATH)
    String confirmation(@RequestParam(name = "ref", required = false) String ref, Model model, Locale locale,
                        HttpServletResponse response) {
        InterfaceLanguage language = InterfaceLanguage.of(locale);
        common(model, language, ref);
        var receipt = confirmations.read(ref);
        if (receipt.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("receipt", receipt.orElse(null));
        receipt.ifPresent(r -> model.addAttribute("receivedAtText", ReceiptTime.format(r.receivedAt(), language)));
        return "submitted";
    }

    private void checkFiles(List<MultipartFile> files, FormErrors errors) {
        for (LimitBreach breach : limits.breaches(files.stream().map(MultipartFile::getSize).toList())) {
            if (breach instanceof LimitBreach.TooManyFiles many) {
                errors.add("attachments", "error.attachments.tooMany", many.limit());
            } else if (breach instanceof LimitBreach.FileTooLarge file) {
                errors.add("attachments", "error.attachments.fileTooLarge",
                        files.get(file.index()).getOriginalFilename(), megabytes(file.limit()));
            } else if (breach instanceof LimitBreach.TotalTooLarge total) {
                errors.add("attachments", "error.attachments.totalTooLarge", megabytes(total.limit()));
            }
        }
    }

    private static CommunicationRequest request(SubmissionForm form) {
        return new CommunicationRequest(
                new CommunicationRequest.SubmitterRequest(form.getSubmitterType(), form.getCountry(),
                        form.getOrganisation(), form.getName(), form.getEmail()),
                form.getSubject(), form.getText(), form.getThemes(), form.getResolutions());
    }

    private ValidCommunication validate(CommunicationRequest request, boolean withFiles, FormErrors errors) {
        try {
            return validator.validate(request, withFiles);
        } catch (InvalidCommunicationException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                errors.add(violation, maxLengths());
            }
            return null;
        }
    }

    private Map<String, Integer> maxLengths() {
        return Map.of("organisation", maxLength.organisation(), "name", maxLength.name(),
                "subject", maxLength.subject(), "text", maxLength.body());
    }

    private static List<IncomingFile> read(List<MultipartFile> files) {
        List<IncomingFile> read = new ArrayList<>();
        for (MultipartFile file : files) {
            // streamed from the container's part (on disk past the in-memory threshold), never read whole here
            read.add(new IncomingFile(file.getOriginalFilename(), file.getSize(), file::getInputStream));
        }
        return read;
    }

    private String form(Model model, SubmissionForm form, FormErrors errors, Locale locale) {
        InterfaceLanguage language = InterfaceLanguage.of(locale);
        common(model, language, null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField());
        model.addAttribute("errorSummary", errors.summary(Map.of(
                "submitterType", "submitterType-" + SubmitterType.values()[0].id(),
                "themes", "themes-" + Theme.values()[0].id(),
                "resolutions", "resolutions-0",
                FormErrors.GLOBAL, "error-summary")));
        model.addAttribute("filesWereChosen", !form.chosenFiles().isEmpty() && !errors.isEmpty());
        model.addAttribute("countries", countries.in(language));
        model.addAttribute("submitterTypes", SubmitterType.ids());
        model.addAttribute("themes", Theme.ids());
        model.addAttribute("resolutions", Resolution.ids());
        model.addAttribute("maxLength", maxLength);
        model.addAttribute("maxFiles", limits.maxFiles());
        model.addAttribute("maxFileMb", megabytes(limits.maxFileSize().toBytes()));
        model.addAttribute("maxTotalMb", megabytes(limits.maxTotalSize().toBytes()));
        return "submit";
    }

    private static void common(Model model, InterfaceLanguage language, String ref) {
        model.addAttribute("language", language);
        List<LanguageLink> links = new ArrayList<>();
        for (InterfaceLanguage other : InterfaceLanguage.values()) {
            UriComponentsBuilder href = UriComponentsBuilder.newInstance();
            if (ref != null) {
                href.queryParam("ref", ref);
            }
            href.queryParam(FormConfiguration.LANGUAGE_PARAMETER, other.code());
            links.add(new LanguageLink(other, href.encode().build().toUriString(), other == language));
        }
        model.addAttribute("languages", links);
    }

    private View confirmationRedirect(ConfirmationLink.Receipt receipt) {
        String url = UriComponentsBuilder.fromPath(CONFIRMATION_PATH).queryParam("ref", confirmations.ref(receipt))
                .encode().build().toUriString();
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    /** Megabytes as a number, so that messages write it with the interface language's digits. */
    private static Number megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? (Number) (long) mb : (Number) (Math.ceil(mb * 10) / 10);
    }

    /** An entry of the language switch. */
    public record LanguageLink(InterfaceLanguage language, String href, boolean current) {
    }
}
