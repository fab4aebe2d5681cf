package dev.assay.intake;

import dev.assay.intake.attachments.AttachmentStore;
import dev.assay.intake.attachments.Documents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code multipart/form-data} over real HTTP: files reach the topic as extracted text and GridFS as bytes. */
@IntakeOverKafka
class MultipartOverKafkaTest {

    static final String COMMUNICATION = """
            {"submitter":{"type":"focal-point","country":"ZM","organisation":"Ministry of Mines",
                          "email":"focal@mines.gov.zm"},
             "subject":"Contribution of Zambia","body":"Please find our letter attached.",
             "themes":["capacity-building"],"resolutions":["unea-7"]}""";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private AttachmentStore store;

    @Test
    void filesTravelOnTheTopicAsExtractedTextAndAreKeptInGridFs() throws Exception {
        byte[] pdf = Documents.pdf("Letter of transmittal", "Ministry of Mines, Lusaka");
        byte[] docx = Documents.docx("Tailings reprocessing in the Copperbelt");

        HttpResponse<String> response = post(theCommunication().attachment("lettre-signée.pdf", pdf)
                .attachment("annex.docx", docx));

        assertThat(response.statusCode()).isEqualTo(202);
        String id = json.readTree(response.body()).get("id").asString();
        assertThat(response.headers().firstValue("Location"))
                .hasValue("http://reports.test:8083/api/v1/communications/" + id);
        List<ConsumerRecord<String, String>> records = intake.topic().keyed(id);
        assertThat(records).hasSize(1);
        JsonNode event = json.readTree(records.get(0).value());
        assertThat(event.get("channel").asString()).isEqualTo("api");
        assertThat(event.get("declaredResolutions").toString()).isEqualTo("[\"unea-7\"]");
        JsonNode attachments = event.get("attachments");
        String pdfId = attachments.get(0).get("id").asString();
        String docxId = attachments.get(1).get("id").asString();
        assertThat(attachments).isEqualTo(json.readTree("""
                [{"id":"%s","fileName":"lettre-signée.pdf","mediaType":"application/pdf","sizeBytes":%d,
                  "extractedText":"Letter of transmittal\\nMinistry of Mines, Lusaka","truncated":false,
                  "extracted":true,"reason":null},
                 {"id":"%s","fileName":"annex.docx","mediaType":"%s","sizeBytes":%d,
                  "extractedText":"Tailings reprocessing in the Copperbelt","truncated":false,
                  "extracted":true,"reason":null}]""".formatted(pdfId, pdf.length, docxId, DOCX, docx.length)));
        assertThat(store.load(pdfId)).isEqualTo(pdf);
        assertThat(store.load(docxId)).isEqualTo(docx);
    }

    @Test
    void unreadableFilesAreAcceptedAndMarkedWithTheReason() throws Exception {
        HttpResponse<String> response = post(theCommunication()
                .attachment("secret.pdf", Documents.encryptedPdf("Confidential", "pw"))
                .attachment("scan.pdf", Documents.png()));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode attachments = json.readTree(intake.topic().keyed(json.readTree(response.body()).get("id").asString())
                .get(0).value()).get("attachments");
        assertThat(attachments.get(0).get("extracted").asBoolean()).isFalse();
        assertThat(attachments.get(0).get("reason").asString())
                .isEqualTo("The file is encrypted or password-protected, so its text could not be read.");
        assertThat(attachments.get(1).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(attachments.get(1).get("reason").asString()).isEqualTo(
                "Files of type image/png are not read; accepted types are PDF, DOCX, DOC, ODT, RTF, TXT, HTML.");
    }

    @Test
    void withFilesTheBodyMayBeEmpty() throws Exception {
        String withoutBody = COMMUNICATION.replace("\"body\":\"Please find our letter attached.\",", "");

        HttpResponse<String> response = post(new MultipartBody().communication(withoutBody)
                .attachment("letter.pdf", Documents.pdf("Our views")));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void aFileOverThePerFileLimitIsRefusedWith413NamingIt() throws Exception {
        long before = intake.topic().size();

        HttpResponse<String> response = post(theCommunication()
                .attachment("a.txt", Documents.utf8("fine"))
                .attachment("big.txt", new byte[256 * 1024 + 1]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("""
                {"title":"Content Too Large","status":413,"detail":"The files are larger than intake accepts.",
                 "instance":"/api/v1/communications",
                 "errors":[{"field":"attachments[1]","message":"is 256.1 KB; a file may be at most 256 KB"}]}"""));
        assertThat(intake.topic().size()).isEqualTo(before);
    }

    @Test
    void filesOverThePerCommunicationLimitTogetherAreRefusedWith413() throws Exception {
        HttpResponse<String> response = post(theCommunication()
                .attachment("a.txt", new byte[200 * 1024]).attachment("b.txt", new byte[200 * 1024])
                .attachment("c.txt", new byte[150 * 1024]));

        assertRefused(response, 413, """
                [{"field":"attachments",
                  "message":"are 550 KB together; the files of one communication may be at most 512 KB"}]""");
    }

    @Test
    void aBodyOverTheMultipartLimitIsRefusedBeforeItIsParsed() throws Exception {
        HttpResponse<String> response = post(theCommunication().attachment("a.txt", new byte[600 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("detail").asString())
                .isEqualTo("The request body is larger than the limit of 589824 bytes.");
    }

    @Test
    void theCommunicationPartIsHeldToTheLimitOfAJsonBody() throws Exception {
        String huge = COMMUNICATION.replace("Please find our letter attached.", "x".repeat(64 * 1024));

        HttpResponse<String> response = post(new MultipartBody().communication(huge));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("communication");
    }

    @Test
    void moreFilesThanAllowedAreRefusedWith400() throws Exception {
        MultipartBody body = theCommunication();
        for (int i = 0; i < 4; i++) {
            body.attachment("f" + i + ".txt", Documents.utf8("text " + i));
        }

        HttpResponse<String> response = post(body);

        assertRefused(response, 400, """
                [{"field":"attachments","message":"must hold at most 3 files but holds 4"}]""");
    }

    @Test
    void theCommunicationPartIsValidatedLikeAJsonBody() throws Exception {
        HttpResponse<String> response = post(new MultipartBody()
                .communication(COMMUNICATION.replace("\"country\":\"ZM\"", "\"country\":\"Zambia\""))
                .attachment("a.txt", Documents.utf8("text")));

        assertRefused(response, 400, """
                [{"field":"submitter.country","message":"'Zambia' is not an ISO 3166-1 alpha-2 country code"}]""");
    }

    @Test
    void aCommunicationPartWithoutContentTypeIsReadAsJsonToo() throws Exception {
        HttpResponse<String> response = post(new MultipartBody()
                .part("communication", null, null, COMMUNICATION.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void withoutACommunicationPartTheRequestIsRefused() throws Exception {
        HttpResponse<String> response = post(new MultipartBody().attachment("a.txt", Documents.utf8("text")));

        assertRefused(response, 400, """
                [{"field":"communication",
                  "message":"is required: a part named communication holding the communication as JSON"}]""");
    }

    @Test
    void brokenJsonInTheCommunicationPartSaysWhereItBreaks() throws Exception {
        HttpResponse<String> response = post(new MultipartBody().communication("{\"subject\": }"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString())
                .startsWith("The request body is not valid JSON: ");
    }

    /** The communication of these tests as the {@code communication} part, to which a test adds its files. */
    private static MultipartBody theCommunication() {
        return new MultipartBody().communication(COMMUNICATION);
    }

    private HttpResponse<String> post(MultipartBody body) throws IOException, InterruptedException {
        return intake.http().postMultipart(body);
    }

    /** The request was refused with {@code status}, and the problem lists exactly the {@code errors} given as JSON. */
    private void assertRefused(HttpResponse<String> response, int status, String errors) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("errors")).isEqualTo(json.readTree(errors));
    }
}
