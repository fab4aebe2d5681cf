package dev.assay.intake.email;

import dev.assay.intake.IntakeProperties;
import dev.assay.intake.ack.AckProperties;
import dev.assay.intake.ack.AcknowledgementMailer;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mailbox poller, present only with {@code assay.intake.mail.enabled=true}, and the lease in intake's MongoDB that
 * lets one replica at a time poll ({@code assay.intake.mail.lease.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailProperties.class, MailLeaseProperties.class})
@ConditionalOnProperty(prefix = "assay.intake.mail", name = "enabled", havingValue = "true")
class MailConfiguration {

    @Bean
    FocalPointRegistry focalPointRegistry(MailProperties properties) {
        List<FocalPoint> entries = new ArrayList<>(properties.focalPoints());
        if (properties.focalPointsFile() != null && !properties.focalPointsFile().isBlank()) {
            entries.addAll(FocalPointsFile.read(Path.of(properties.focalPointsFile().strip())));
        }
        return new FocalPointRegistry(entries);
    }

    @Bean
    MailboxPoller mailboxPoller(MailProperties properties, IntakeProperties intakeProperties,
                                FocalPointRegistry focalPoints, SubmissionIntake submissionIntake,
                                AckProperties ackProperties, ObjectProvider<AcknowledgementMailer> acknowledgements,
                                MeterRegistry meters, MailLeaseProperties leaseProperties,
                                MongoDatabaseFactory mongo, IdSecret idSecret) {
        Set<String> ownAddresses = new HashSet<>();
        if (properties.username() != null && properties.username().contains("@")) {
            ownAddresses.add(properties.username());
        }
        if (ackProperties.from() != null) {
            ownAddresses.add(ackProperties.from());
        }
        MessageIntake intake = new MessageIntake(new MailReader(), new AutomatedMail(ownAddresses), focalPoints,
                submissionIntake, intakeProperties.maxLength(), new CommunicationIds(idSecret),
                FirstMessages.inMongo(mongo.getMongoDatabase()), new DmarcResults(properties.trustedAuthservId()));
        MailboxLease lease = leaseProperties.enabled()
                ? MailboxLease.inMongo(mongo.getMongoDatabase(), leaseProperties, leaseName(properties))
                : MailboxLease.NONE;
        return new MailboxPoller(ImapMailbox.connector(properties), intake, properties, new EmailMetrics(meters),
                Optional.ofNullable(acknowledgements.getIfAvailable()), lease, leaseProperties.renewEvery());
    }

    /** One lease per mailbox folder: replicas pointed at different mailboxes do not wait for each other. */
    static String leaseName(MailProperties properties) {
        return "mailbox " + properties.username() + "@" + properties.host() + ":" + properties.effectivePort() + "/"
                + properties.folder();
    }
}
