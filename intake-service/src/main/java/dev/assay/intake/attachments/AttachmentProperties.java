package dev.assay.intake.attachments;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits on the files of one communication ({@code assay.intake.attachments.*}), the same for every channel.
 * The text caps keep a {@code CommunicationReceived} well under Kafka's default 1 MB record size even when every
 * character takes three bytes in UTF-8: 150 000 characters of attachment text plus a 100 000-character body.
 *
 * @param maxFiles           most files one communication may carry
 * @param maxFileSize        largest accepted file
 * @param maxTotalSize       largest accepted sum of the files of one communication
 * @param maxTextChars       most characters of extracted text one attachment carries in the event
 * @param maxTotalTextChars  most characters of extracted text all attachments of a communication carry together
 * @param extractionTimeout  how long reading one file may take before it is given up as not extracted
 * @param extractionThreads  how many files are read at the same time, across all requests
 * @param extractionQueue    how many files may wait for a reading thread before intake answers "busy"
 * @param bucket             name of the GridFS bucket the originals are stored in
 */
@ConfigurationProperties("assay.intake.attachments")
@Validated
public record AttachmentProperties(
        @DefaultValue("10") @Min(0) @Max(1000) int maxFiles,
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("50MB") @NotNull DataSize maxTotalSize,
        @DefaultValue("50000") @Positive int maxTextChars,
        @DefaultValue("150000") @Positive int maxTotalTextChars,
        @DefaultValue("30s") @NotNull Duration extractionTimeout,
        @DefaultValue("2") @Positive int extractionThreads,
        @DefaultValue("256") @Positive int extractionQueue,
        @DefaultValue("attachments") @NotBlank String bucket) {

    @AssertTrue(message = "max-file-size must be positive and not larger than max-total-size")
    public boolean isFileSizeWithinTotal() {
        return maxFileSize != null && maxTotalSize != null && maxFileSize.toBytes() > 0
                && maxFileSize.toBytes() <= maxTotalSize.toBytes();
    }

    @AssertTrue(message = "extraction-timeout must be positive")
    public boolean isExtractionTimeoutPositive() {
        return extractionTimeout != null && extractionTimeout.compareTo(Duration.ZERO) > 0;
    }

    /**
     * The one place the file limits are applied, for every channel: what files of these sizes break, in order.
     * Too many files is the only breach then reported (their sizes are not read); otherwise every file too large,
     * then the total.
     */
    public List<LimitBreach> breaches(List<Long> sizes) {
        if (sizes.size() > maxFiles) {
            return List.of(new LimitBreach.TooManyFiles(sizes.size(), maxFiles));
        }
        List<LimitBreach> breaches = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < sizes.size(); i++) {
            long size = sizes.get(i);
            if (size > maxFileSize.toBytes()) {
                breaches.add(new LimitBreach.FileTooLarge(i, size, maxFileSize.toBytes()));
            }
            total += size;
        }
        if (total > maxTotalSize.toBytes()) {
            breaches.add(new LimitBreach.TotalTooLarge(total, maxTotalSize.toBytes()));
        }
        return breaches;
    }
}
