package dev.assay.intake.web;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.contracts.security.PartnerClaims;
import dev.assay.contracts.security.Role;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.AttachmentType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Map;

/** The OpenAPI documentation of {@code POST /api/v1/communications} ({@link CommunicationController}). */
@Configuration(proxyBeanMethods = false)
class SubmissionDocumentation {

    static final String TAG = "Submissions";
    private static final Map<String, String> LOCATION = Map.of("Location",
            "report-service's URL of the communication, where its classification appears once made.");

    @Bean
    EndpointDocumentation submissionEndpoint(IntakeProperties properties, AttachmentProperties limits) {
        return new EndpointDocumentation(List.of(Endpoint.post(CommunicationController.PATH).tag(TAG)
                .access(Access.anyoneOr(Role.PARTNER))
                .summary("Submit a communication, as JSON or as multipart/form-data with files")
                .description(description(properties, limits))
                .parameter("header", IdempotencyKeyHeader.NAME, false, "1 to 255 visible ASCII characters, such as "
                        + "a UUID: a retry with the same key and content is answered with the original id (200) "
                        + "instead of creating a second communication. Keys live in the caller's scope (the "
                        + "partner's token, or anonymous) for 24 hours.", "2026-11-29-fr-letter-1")
                .requestExample("partner", "A Member State's ministry through a partner system", """
                        {"submitter": {"type": "member-state", "country": "FR",
                                       "organisation": "Ministère de la Transition écologique"},
                         "subject": "Valorisation des résidus miniers",
                         "body": "La France partage son expérience du retraitement des résidus miniers, conformément à la résolution 5/12.",
                         "themes": ["resource-recovery"],
                         "resolutions": ["5/12"]}""")
                .requestExample("anonymous-stakeholder", "A stakeholder, with contact details", """
                        {"submitter": {"type": "stakeholder", "country": "KE", "organisation": "Tailings Watch Kenya",
                                       "name": "Amina Odhiambo", "email": "amina@example.org"},
                         "subject": "Community consultation on tailings dams",
                         "body": "We ask that the report address community consultation before new tailings dams are built."}""")
                .requestSchema(Endpoint.MULTIPART, multipartSchema(limits))
                .requestPart(Endpoint.MULTIPART, MultipartCommunication.COMMUNICATION, Endpoint.JSON)
                .requestExample(Endpoint.MULTIPART, "focal-point-letter", "A focal point's letter (the signed "
                        + "PDF goes in an attachments part)", """
                        {"communication": {"submitter": {"type": "focal-point", "country": "SN"},
                                           "subject": "Lettre du point focal national",
                                           "body": "Veuillez trouver ci-joint la lettre signée du point focal."}}""")
                .requestRequired(true)
                .answers(202, "Accepted: Kafka holds the communication. The body gives its tracking id.", null, LOCATION)
                .answers(200, "A retry with an `Idempotency-Key` whose request was accepted: the original answer.",
                        null, LOCATION)
                .problem(400, "The communication is invalid (`errors` names each field: "
                        + "`submitter.country`, `themes[1]`, `attachments[0]` …), the body is not readable JSON, "
                        + "the multipart body has no `communication` part or no boundary, or the `Idempotency-Key` "
                        + "header is malformed.")
                .problem(403, "A `partner` token that does not say validly whom it submits for (claims `"
                        + PartnerClaims.COUNTRY + "`, `" + PartnerClaims.SUBMITTER_TYPE + "`).")
                .problem(409, "A request with this `Idempotency-Key` is still in progress; retry after "
                        + "`Retry-After` to get its answer.")
                .problem(413, "The body is larger than " + size(properties.maxRequestBytes()) + " (plus the files' "
                        + "allowance for multipart), or the files break their limits; `errors` names the part.")
                .problems(415)
                .problem(422, "This `Idempotency-Key` was already used for a request with different content.")
                .problems(429)
                .problem(503, "Not accepted: Kafka or MongoDB is unavailable, every upload slot is taken, or Kafka "
                        + "has not yet confirmed the communication (then the problem carries its `id`, and the same "
                        + "request sent again is answered with it). Retry after `Retry-After`.")));
    }

    private static String description(IntakeProperties properties, AttachmentProperties limits) {
        IntakeProperties.MaxLength max = properties.maxLength();
        return "Anyone may submit; the submitter is then *declared*. With a `partner` token the submitter's type, "
                + "country and organisation come from the token (`" + PartnerClaims.SUBMITTER_TYPE + "`, `"
                + PartnerClaims.COUNTRY + "`, `" + PartnerClaims.ORGANISATION + "`), not from the body, and the "
                + "voice counts as *verified*.\n\n"
                + "Rules: `submitter.type` is one of " + ids(SubmitterType.ids()) + "; `submitter.country` an "
                + "ISO 3166-1 alpha-2 code; `themes` among " + ids(Theme.ids()) + "; `resolutions` among "
                + ids(Resolution.ids()) + "; `subject` up to " + max.subject() + " characters, `body` up to "
                + max.body() + " (it may be empty when files are attached), `organisation` " + max.organisation()
                + ", `name` " + max.name() + ". Every broken rule is listed at once.\n\n"
                + "Files: `multipart/form-data` with one `communication` part (the JSON above) and up to "
                + limits.maxFiles() + " `attachments` parts (" + String.join(", ", AttachmentType.labels())
                + "), each up to " + size(limits.maxFileSize()) + " and " + size(limits.maxTotalSize())
                + " together.";
    }

    private static Schema<?> multipartSchema(AttachmentProperties limits) {
        return new ObjectSchema()
                .addProperty(MultipartCommunication.COMMUNICATION,
                        new Schema<>().$ref("#/components/schemas/CommunicationRequest"))
                .addProperty(MultipartCommunication.ATTACHMENTS, new ArraySchema()
                        .items(new StringSchema().format("binary"))
                        .maxItems(limits.maxFiles())
                        .description("The files, by their content (the name is kept)."))
                .required(List.of(MultipartCommunication.COMMUNICATION));
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String ids(String[] ids) {
        return "`" + String.join("`, `", ids) + "`";
    }
}
