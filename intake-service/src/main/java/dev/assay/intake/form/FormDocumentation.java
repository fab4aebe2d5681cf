package dev.assay.intake.form;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.contracts.web.InterfaceLanguage;
import dev.assay.intake.attachments.AttachmentProperties;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI documentation of the form's pages ({@link SubmissionFormController}). They are for browsers, not
 * clients of the API, and answer with HTML, but they are endpoints of the service like any other, so they are listed.
 */
@Configuration(proxyBeanMethods = false)
class FormDocumentation {

    static final String TAG = "Submission form (HTML)";
    private static final String LANGUAGES = Arrays.stream(InterfaceLanguage.values()).map(InterfaceLanguage::code)
            .reduce((a, b) -> a + ", " + b).orElseThrow();

    @Bean
    EndpointDocumentation formPages(AttachmentProperties limits) {
        return new EndpointDocumentation(List.of(
                formPage(Endpoint.get("/")),
                formPage(Endpoint.get(SubmissionFormController.FORM_PATH)),
                Endpoint.post(SubmissionFormController.FORM_PATH).tag(TAG).access(Access.anyone()).page()
                        .summary("Post the form")
                        .description("What a browser sends (`multipart/form-data`, so that files can come along), "
                                + "with the CSRF token the page carries in `_csrf` and the `ASSAY-CSRF` cookie. A "
                                + "valid form is submitted through channel `web-form` and answered with a redirect "
                                + "to the confirmation page (Post/Redirect/Get); an invalid one comes back filled "
                                + "in, with a message beside each field at fault. Up to " + limits.maxFiles()
                                + " `attachments`.")
                        .requestSchema(Endpoint.MULTIPART, formSchema())
                        .requestExample(Endpoint.MULTIPART, "focal-point", "A focal point, with the page's CSRF "
                                + "token", """
                                {"submitterType": "focal-point", "country": "SN",
                                 "organisation": "Ministère de l'Environnement et du Développement durable",
                                 "name": "Awa Ndiaye", "email": "awa.ndiaye@example.sn",
                                 "subject": "Gestion écologiquement rationnelle des résidus miniers",
                                 "text": "Le Sénégal souhaite partager son expérience de la réhabilitation des sites miniers.",
                                 "themes": ["best-practices", "capacity-building"], "resolutions": ["5/12"],
                                 "submissionKey": "f2b5c8a0-3d9e-4c1b-8a7f-6e5d4c3b2a19",
                                 "_csrf": "the value of the page's hidden _csrf field"}""")
                        .requestRequired(true)
                        .answers(303, "Accepted (redirect to `/submitted?ref=…`), or sent back to the form because "
                                + "the body was too large (`/submit?too-large`) or every upload slot was taken "
                                + "(`/submit?busy`).", null, Map.of("Location", "Where the browser goes next."))
                        .pageProblem(400, "The form again, filled in, with a message beside each field at fault.")
                        .pageProblem(403, "The CSRF token is missing or does not match the `ASSAY-CSRF` cookie.")
                        .pageProblem(429, "The form again, saying when to try again (`Retry-After`); other clients "
                                + "get problem details.")
                        .pageProblem(503, "The form again: Kafka or MongoDB is unavailable, or Kafka has not yet "
                                + "confirmed the communication (the page gives its tracking number; sending the "
                                + "same form again is answered with it)."),
                Endpoint.get(SubmissionFormController.CONFIRMATION_PATH).tag(TAG).access(Access.anyone()).page()
                        .summary("The confirmation page with the tracking number")
                        .parameter("query", "ref", false, "The signed receipt the form's redirect carries.",
                                "0b6f1c2e-8d1a-4e0b-9a53-3c1d2f4e5a6b.1764411330123.c2lnbmF0dXJl")
                        .parameter("query", FormConfiguration.LANGUAGE_PARAMETER, false, "Interface language: "
                                + LANGUAGES + ".", "fr")
                        .answers(200, "The page with the tracking number and the time of receipt.", Endpoint.HTML,
                                Map.of())
                        .pageProblem(404, "No receipt, or one that was altered or not signed by this service.")));
    }

    private static Endpoint formPage(Endpoint page) {
        return page.tag(TAG).access(Access.anyone()).page()
                .summary("The submission form")
                .description("Works without JavaScript and by keyboard alone, in the six UN languages (Arabic right "
                        + "to left; chosen by `lang` or the browser's `Accept-Language`). Sets the `ASSAY-CSRF` "
                        + "cookie the post needs.")
                .parameter("query", FormConfiguration.LANGUAGE_PARAMETER, false, "Interface language: "
                        + LANGUAGES + ".", "ar")
                .parameter("query", "too-large", false, "Present after a post that was too large: the form says "
                        + "the limits.", "")
                .parameter("query", "busy", false, "Present after a post refused because every upload slot was "
                        + "taken.", "")
                .answers(200, "The form.", Endpoint.HTML, Map.of());
    }

    private static ObjectSchema formSchema() {
        ObjectSchema form = new ObjectSchema();
        for (String field : List.of("submitterType", "country", "organisation", "name", "email", "subject", "text",
                "submissionKey", "_csrf")) {
            form.addProperty(field, new StringSchema());
        }
        form.addProperty("themes", new ArraySchema().items(new StringSchema()));
        form.addProperty("resolutions", new ArraySchema().items(new StringSchema()));
        form.addProperty("attachments", new ArraySchema().items(new StringSchema().format("binary")));
        form.addProperty("website", new StringSchema().description("The honeypot: left empty by people. A form "
                + "with it filled in is answered as accepted and dropped."));
        form.required(List.of("_csrf"));
        return form;
    }
}
