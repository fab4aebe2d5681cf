package dev.assay.intake.attachments;

import com.mongodb.MongoException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import static com.mongodb.client.model.Filters.eq;

/**
 * Keeps the original bytes of attachments in a GridFS bucket of intake's own database. The id of a stored file is
 * derived from the communication id and the file's position, so storing the same communication again (a retried
 * request, an e-mail seen twice) finds the file already there instead of storing a second copy. A stored file is
 * never overwritten; it is deleted only when its communication is withdrawn.
 */
@Component
public class AttachmentStore {

    private final MongoDatabaseFactory mongo;
    private final String bucketName;
    /** One bucket for the store's life: the driver checks the bucket's indexes once per bucket object. */
    private volatile GridFSBucket bucket;

    public AttachmentStore(MongoDatabaseFactory mongo, AttachmentProperties properties) {
        this.mongo = mongo;
        this.bucketName = properties.bucket();
    }

    /**
     * @return the id of the stored original, 24 hexadecimal digits
     * @throws AttachmentsUnavailableException when MongoDB does not store it
     */
    public String store(String communicationId, int index, IncomingFile file, String mediaType) {
        ObjectId id = idOf(communicationId, index);
        // two passes over the file, each in buffers: its digest, then (unless stored already) the upload in chunks
        String sha256 = HexFormat.of().formatHex(file.sha256());
        try {
            GridFSBucket bucket = bucket();
            GridFSFile existing = bucket.find(eq("_id", id)).first();
            if (existing != null) {
                if (existing.getLength() == file.size() && existing.getMetadata() != null
                        && sha256.equals(existing.getMetadata().getString("sha256"))) {
                    return id.toHexString();
                }
                // never replaced: a communication's originals are what it was received with. Every channel's ids
                // cover the files (e-mail ids the content, API and form retries the fingerprint), so only a bug
                // could get here
                throw new IllegalStateException("Attachment " + index + " of communication " + communicationId
                        + " is already stored with other content; it is kept, and this file is not stored");
            }
            Document metadata = new Document("communicationId", communicationId)
                    .append("index", index)
                    .append("mediaType", mediaType)
                    .append("sha256", sha256);
            try (InputStream content = file.open()) {
                bucket.uploadFromStream(new BsonObjectId(id), file.fileName(), content,
                        new GridFSUploadOptions().metadata(metadata));
            }
            return id.toHexString();
        } catch (MongoException | DataAccessException | IOException | UncheckedIOException e) {
            throw new AttachmentsUnavailableException("Attachment " + index + " of communication "
                    + communicationId + " could not be stored", e);
        }
    }

    /**
     * Deletes every stored original of a communication; deleting what is not there (a redelivered withdrawal) does
     * nothing. Files are stored at positions 0, 1, … in order, so the first position without a file ends them.
     * Not on the request path: the chunks are found by {@code files_id}, which the embedded server answers by reading
     * the whole chunks collection.
     *
     * @return how many files were deleted
     * @throws AttachmentsUnavailableException when MongoDB does not answer
     */
    public int deleteAll(String communicationId) {
        int deleted = 0;
        try {
            GridFSBucket bucket = bucket();
            for (int index = 0; ; index++) {
                ObjectId id = idOf(communicationId, index);
                if (bucket.find(eq("_id", id)).first() == null) {
                    return deleted;
                }
                bucket.delete(id);
                deleted++;
            }
        } catch (MongoException | DataAccessException e) {
            throw new AttachmentsUnavailableException("The attachments of communication " + communicationId
                    + " could not be deleted", e);
        }
    }

    /**
     * The original bytes of a stored attachment. Not on intake's request path (intake never reads files back): the
     * chunks are found by {@code files_id}, which the embedded server answers by reading the whole chunks collection.
     */
    public byte[] load(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket().downloadToStream(new ObjectId(id), out);
        return out.toByteArray();
    }

    private GridFSBucket bucket() {
        GridFSBucket current = bucket;
        if (current == null) {
            current = GridFSBuckets.create(mongo.getMongoDatabase(), bucketName);
            bucket = current;
        }
        return current;
    }

    /** Twelve bytes of SHA-256 over the communication id and position, in the shape of a MongoDB ObjectId. */
    static ObjectId idOf(String communicationId, int index) {
        byte[] digest = digest().digest((communicationId + "\n" + index).getBytes(StandardCharsets.UTF_8));
        return new ObjectId(Arrays.copyOf(digest, 12));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
