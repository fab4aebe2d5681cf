package dev.assay.intake.web;

import dev.assay.intake.IntakePropertiesFixture;
import dev.assay.intake.attachments.AttachmentLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitFilterTest {

    private static final int LIMIT = 64;

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(
            IntakePropertiesFixture.withMaxRequestBytes(LIMIT), AttachmentLimits.defaults(), JsonMapper.builder().build(),
            new SimpleMeterRegistry());
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndNeverHandedOn() throws Exception {
        MockHttpServletRequest request = chunked(LIMIT + 1);

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(JsonMapper.builder().build().readTree(response.getContentAsString()).toString()).isEqualTo(
                "{\"title\":\"Content Too Large\",\"status\":413,"
                        + "\"detail\":\"The request body is larger than the limit of 64 bytes.\","
                        + "\"instance\":\"/api/v1/communications\"}");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsHandedOnWholeWithItsLength() throws Exception {
        MockHttpServletRequest request = chunked(LIMIT);

        filter.doFilter(request, response, chain);

        HttpServletRequest handedOn = (HttpServletRequest) chain.getRequest();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(handedOn.getContentLengthLong()).isEqualTo(LIMIT);
        assertThat(handedOn.getInputStream().readAllBytes()).isEqualTo(body(LIMIT));
        assertThat(handedOn.getReader().readLine()).isEqualTo(new String(body(LIMIT), StandardCharsets.UTF_8));
    }

    @Test
    void aChunkedMultipartBodyIsHandedOnUnreadForTheContainersMultipartParserWhichBoundsIt() throws Exception {
        MockHttpServletRequest request = chunked(LIMIT + 1);
        request.setContentType("multipart/form-data; boundary=x");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getInputStream().readAllBytes()).isEqualTo(body(LIMIT + 1));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/communications") {
            @Override
            public long getContentLengthLong() {
                return LIMIT + 1;
            }

            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body must not be read");
            }
        };

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aMultipartBodyWithoutBoundaryOverTheLimitIsRefusedWith400AsTheContainerRefusesItChunked() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/communications") {
            @Override
            public long getContentLengthLong() {
                return Long.MAX_VALUE;
            }
        };
        request.setContentType("multipart/form-data;=x");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("names no boundary");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBoundaryIsFoundWhereTheContainersMultipartParserFindsIt() {
        assertThat(RequestSizeLimitFilter.namesBoundary("multipart/form-data; boundary=x")).isTrue();
        assertThat(RequestSizeLimitFilter.namesBoundary("multipart/form-data;BOUNDARY=\"x y\"")).isTrue();
        assertThat(RequestSizeLimitFilter.namesBoundary("multipart/form-data, boundary=")).isFalse();
        assertThat(RequestSizeLimitFilter.namesBoundary("multipart/form-data;=x")).isFalse();
        assertThat(RequestSizeLimitFilter.namesBoundary("multipart/form-data; charset=utf-8")).isFalse();
    }

    @Test
    void aDeclaredLengthWithinTheLimitPassesUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/communications");
        request.setContent(body(LIMIT));

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aMultipartBodyMayCarryTheFilesOnTopOfThePlainLimit() throws Exception {
        RequestSizeLimitFilter withFiles = new RequestSizeLimitFilter(IntakePropertiesFixture.withMaxRequestBytes(LIMIT),
                AttachmentLimits.withSizes(10, DataSize.ofBytes(100), DataSize.ofBytes(100)),
                JsonMapper.builder().build(), new SimpleMeterRegistry());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/communications");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(body(LIMIT + 100));

        withFiles.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(RequestSizeLimitFilter.multipartLimit(IntakePropertiesFixture.withMaxRequestBytes(LIMIT),
                AttachmentLimits.withSizes(10, DataSize.ofBytes(100), DataSize.ofBytes(100)))).isEqualTo(LIMIT + 100);
    }

    @Test
    void aBrowserPostingTheFormOverTheLimitIsSentBackToTheFormWhichExplainsTheLimits() throws Exception {
        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/submit") {
            @Override
            public long getContentLengthLong() {
                return LIMIT + AttachmentLimits.defaults().maxTotalSize().toBytes() + 1;
            }
        };
        tooLarge.setServletPath("/submit");
        tooLarge.setContentType("multipart/form-data; boundary=x");
        tooLarge.addHeader("Accept", "text/html,application/xhtml+xml");

        filter.doFilter(tooLarge, response, chain);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/submit?too-large");
        assertThat(chain.getRequest()).isNull();
    }

    /** A request whose length is unknown up front, as with Transfer-Encoding: chunked. */
    private static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/communications") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType("application/json");
        request.setContent(body(size));
        return request;
    }

    private static byte[] body(int size) {
        return "x".repeat(size).getBytes(StandardCharsets.UTF_8);
    }
}
