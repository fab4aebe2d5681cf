package dev.assay.intake.email;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AutomatedMailTest {

    private final MailReader reader = new MailReader();
    private final AutomatedMail automated = new AutomatedMail(Set.of("Communications@assay.test",
            "no-reply@assay.test"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted: auto-replied                                       | auto-submitted
            Auto-Submitted: auto-generated                                     | auto-submitted
            Auto-Submitted: auto-notified; owner-email="x@example.org"          | auto-submitted
            Content-Type: multipart/report; report-type=delivery-status; boundary=b | delivery-report
            Return-Path: <>                                                    | null-sender
            From: MAILER-DAEMON@mx.example.org                                 | mailer-daemon
            From: Mail Delivery System <postmaster@example.org>                | mailer-daemon
            From: communications@ASSAY.test                                    | own-address
            From: no-reply@assay.test                                          | own-address
            X-Autoreply: yes                                                   | auto-reply
            X-Autorespond: Out of office                                       | auto-reply
            Precedence: bulk                                                   | bulk
            Precedence: junk                                                   | bulk
            Precedence: List                                                   | bulk
            List-Id: Minerals news <news.lists.example.org>                    | mailing-list
            List-Unsubscribe: <mailto:leave@lists.example.org>                 | mailing-list
            X-Loop: robot@example.org                                          | loop
            Subject: Out of Office: Contribution                               | auto-reply-subject
            Subject: Automatic reply: Contribution                             | auto-reply-subject
            Subject: [Auto-Reply] Contribution                                 | auto-reply-subject
            Subject: Réponse automatique : Contribution                        | auto-reply-subject
            Subject: Respuesta automática: Contribución                        | auto-reply-subject
            Subject: Автоматический ответ: Вклад                               | auto-reply-subject
            Subject: 自动回复: 来文                                              | auto-reply-subject
            Subject: رد تلقائي: مساهمة                                          | auto-reply-subject
            Subject: Undeliverable: Contribution                               | auto-reply-subject
            """)
    void automaticMailIsRecognisedWithItsReason(String header, String reason) throws Exception {
        assertThat(reasonFor(header)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Auto-Submitted: no",
            "Precedence: first-class",
            "Return-Path: <camille.durand@example.org>",
            "Subject: Our office's automatic reply policy",
            "Subject: Re: Out of office recycling schemes",
            "X-Auto-Response-Suppress: All",
            "From: daemon.tools@example.org"})
    void aPersonsMessageIsNotAutomatic(String header) throws Exception {
        assertThat(reasonFor(header)).isEmpty();
    }

    @Test
    void exchangesRequestForNoAutomaticAnswerIsRecognisedWithoutSkippingTheMessage() throws Exception {
        MimeMessage message = message("X-Auto-Response-Suppress: DR, OOF, AutoReply");

        assertThat(AutomatedMail.suppressesAutoResponses(message)).isTrue();
        assertThat(AutomatedMail.suppressesAutoResponses(message("Subject: x"))).isFalse();
    }

    private Optional<String> reasonFor(String header) throws Exception {
        MimeMessage message = message(header);
        return automated.reasonToSkip(message, reader.read(message));
    }

    private MimeMessage message(String header) throws Exception {
        String name = header.substring(0, header.indexOf(':'));
        StringBuilder raw = new StringBuilder();
        if (!name.equals("From")) {
            raw.append("From: Camille Durand <camille.durand@example.org>\r\n");
        }
        if (!name.equals("Subject")) {
            raw.append("Subject: Contribution\r\n");
        }
        raw.append("Message-ID: <m@example.org>\r\n").append(header).append("\r\n\r\nText.\r\n");
        return reader.parse(raw.toString().getBytes(StandardCharsets.UTF_8));
    }
}
