package dev.assay.report.compilation;

import dev.assay.report.communications.UnindexedReads;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/compilation}: the compilation under the report's filters, as HTML (default), PDF or DOCX, for
 * analysts only (it quotes the texts and names the submitters; the security configuration's default rule). Parameters
 * are checked before anything is written, so a bad one is a {@code 400} problem; the document is then written to the
 * response as it is read. Never cached.
 */
@RestController
class CompilationController {

    static final String FORMAT = "format";

    private final CompilationAssembler assembler;
    private final UnindexedReads unindexed;
    private final PdfLayout layout;

    CompilationController(CompilationAssembler assembler, UnindexedReads unindexed, PdfLayout layout) {
        this.assembler = assembler;
        this.unindexed = unindexed;
        this.layout = layout;
    }

    @GetMapping("/api/v1/compilation")
    ResponseEntity<StreamingResponseBody> compilation(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = new RequestParameters(parameters);
        ReportFilter filter = request.filter();
        String format = request.oneOf(FORMAT, CompilationFormat.HTML.id(), CompilationFormat.ids());
        request.validated();
        unindexed.check("the compilation");
        CompilationFormat chosen = CompilationFormat.fromId(format);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(chosen.mediaType());
        headers.setCacheControl(CacheControl.noStore());
        headers.setContentDisposition((chosen.attachment() ? ContentDisposition.attachment()
                : ContentDisposition.inline()).filename(chosen.fileName()).build());
        return ResponseEntity.ok().headers(headers).body(out -> {
            try (CompilationWriter writer = writer(chosen, out)) {
                assembler.write(filter, writer);
            }
        });
    }

    private CompilationWriter writer(CompilationFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case HTML -> new HtmlCompilation(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            case PDF -> new PdfCompilation(out, layout);
            case DOCX -> new DocxCompilation(out);
        };
    }
}
