package dev.assay.intake.email;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any content of the focal-points file ({@code assay.intake.mail.focal-points-file}), loaded as the service loads
 * it at start-up (file to entries to registry): either it loads, and every entry then answers for its senders, or
 * it is refused with an {@link IllegalArgumentException} whose message names the file and a line of it, so that
 * the operator can find what to fix. Never another exception.
 *
 * <p>Seeds ({@code FocalPointsFileFuzzTestInputs/}): the file of {@link FocalPointRegistryTest}, every kind of
 * address pattern, and the refusals that test names.
 */
class FocalPointsFileFuzzTest {

    @TempDir
    static Path directory;

    @FuzzTest
    void anyFileLoadsOrIsRefusedNamingTheLine(byte[] content) throws Exception {
        Path file = directory.resolve("focal-points.csv");
        Files.write(file, content);
        FocalPointRegistry registry;
        List<FocalPoint> entries;
        try {
            entries = FocalPointsFile.read(file);
            registry = new FocalPointRegistry(entries);
        } catch (IllegalArgumentException refused) {
            assertNamesALine(refused.getMessage(), file, content);
            return;
        }
        for (FocalPoint entry : entries) {
            String sender = entry.address().strip().replace("*@*.", "someone@sub.").replace("*@", "someone@");
            Submitter submitter = registry.submitterFor(sender, null);
            assertThat(submitter.type()).isNotNull();
            if (submitter.country() != null) {
                assertThat(Countries.reference().isCode(submitter.country())).isTrue();
            }
        }
    }

    private static void assertNamesALine(String message, Path file, byte[] content) {
        Matcher line = Pattern.compile("^" + Pattern.quote(file.toString()) + " line (\\d+): \\S").matcher(message);
        if (!line.find()) {
            fail("the refusal does not name the file and line: " + message);
        }
        long lines = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).lines().count();
        assertThat(Long.parseLong(line.group(1))).isBetween(1L, Math.max(lines, 1));
    }
}
