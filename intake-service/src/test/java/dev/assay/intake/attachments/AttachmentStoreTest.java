package dev.assay.intake.attachments;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import dev.assay.contracts.fixtures.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentStoreTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private final AttachmentStore store = new AttachmentStore(MONGO.factory(), AttachmentLimits.defaults());

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theOriginalBytesAreKeptInGridFsUnderAnIdDerivedFromTheCommunicationAndPosition() {
        byte[] pdf = Documents.pdf("Lettre signée");

        String id = store.store("c-1", 0, new IncomingFile("lettre-signée.pdf", pdf), "application/pdf");

        assertThat(id).matches("[0-9a-f]{24}").isEqualTo(AttachmentStore.idOf("c-1", 0).toHexString());
        assertThat(store.load(id)).isEqualTo(pdf);
        GridFSFile stored = files("c-1").get(0);
        assertThat(stored.getFilename()).isEqualTo("lettre-signée.pdf");
        assertThat(stored.getLength()).isEqualTo(pdf.length);
        assertThat(stored.getMetadata()).containsEntry("communicationId", "c-1").containsEntry("index", 0)
                .containsEntry("mediaType", "application/pdf").containsKey("sha256");
    }

    @Test
    void aLargeUploadIsDigestedAndStoredFromItsStreamInBuffersNeverWhole() throws Exception {
        long size = 12L * 1024 * 1024 + 5;
        GeneratedFile upload = new GeneratedFile(size);

        String id = store.store("c-large", 0, upload.incoming("annex.pdf"), "application/pdf");

        assertThat(upload.opened()).as("one pass for the digest, one for the upload").isEqualTo(2);
        assertThat(upload.largestRead()).as("no read larger than a GridFS chunk").isLessThanOrEqualTo(256 * 1024);
        GridFSFile stored = files("c-large").get(0);
        assertThat(stored.getLength()).isEqualTo(size);
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        for (long i = 0; i < size; i++) {
            expected.update(GeneratedFile.byteAt(i));
        }
        String sha256 = HexFormat.of().formatHex(expected.digest());
        assertThat(stored.getMetadata()).containsEntry("sha256", sha256);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(store.load(id))))
                .isEqualTo(sha256);
    }

    @Test
    void storingTheSameCommunicationAgainKeepsOneCopy() {
        IncomingFile file = new IncomingFile("a.txt", Documents.utf8("Tailings"));

        String first = store.store("c-2", 0, file, "text/plain");
        String second = store.store("c-2", 0, file, "text/plain");

        assertThat(second).isEqualTo(first);
        assertThat(files("c-2")).hasSize(1);
    }

    @Test
    void differentPositionsAndCommunicationsGetDifferentIds() {
        IncomingFile file = new IncomingFile("a.txt", Documents.utf8("Tailings"));

        assertThat(List.of(store.store("c-3", 0, file, "text/plain"), store.store("c-3", 1, file, "text/plain"),
                store.store("c-4", 0, file, "text/plain"))).doesNotHaveDuplicates();
    }

    @Test
    void aStoredFileIsNeverOverwrittenByADifferentOneUnderTheSameCommunicationAndPosition() {
        String id = store.store("c-5", 0, new IncomingFile("a.txt", Documents.utf8("first")), "text/plain");

        assertThatThrownBy(() -> store.store("c-5", 0, new IncomingFile("b.txt", Documents.utf8("second")),
                "text/plain")).isInstanceOf(IllegalStateException.class).hasMessageContaining("is kept");

        assertThat(store.load(id)).isEqualTo(Documents.utf8("first"));
        assertThat(files("c-5")).extracting(GridFSFile::getFilename).containsExactly("a.txt");
    }

    @Test
    void withdrawingDeletesEveryFileOfTheCommunicationAndOnlyItsOnceOnly() {
        IncomingFile file = new IncomingFile("a.txt", Documents.utf8("Tailings"));
        store.store("c-6", 0, file, "text/plain");
        store.store("c-6", 1, new IncomingFile("b.txt", Documents.utf8("Dams")), "text/plain");
        String kept = store.store("c-7", 0, file, "text/plain");

        int deleted = store.deleteAll("c-6");
        int redelivered = store.deleteAll("c-6");

        assertThat(deleted).isEqualTo(2);
        assertThat(redelivered).isZero();
        assertThat(files("c-6")).isEmpty();
        assertThat(store.load(kept)).isEqualTo(Documents.utf8("Tailings"));
    }

    @Test
    void aFileLargerThanOneChunkComesBackWhole() {
        byte[] large = new byte[1024 * 1024 + 17];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }

        String id = store.store("c-6", 0, new IncomingFile("big.bin", large), "application/octet-stream");

        assertThat(store.load(id)).isEqualTo(large);
    }

    private static List<GridFSFile> files(String communicationId) {
        return GridFSBuckets.create(MONGO.factory().getMongoDatabase(), "attachments")
                .find(new Document("metadata.communicationId", communicationId)).into(new ArrayList<>());
    }
}
