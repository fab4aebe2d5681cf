package dev.assay.intake.web;

import dev.assay.intake.attachments.IncomingFile;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a request asks for, as a SHA-256: the communication as parsed (so white space and the order of JSON fields
 * do not matter, nor a multipart boundary) and each file's name and content. Two requests with the same
 * Idempotency-Key must have the same fingerprint.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(CommunicationRequest request, List<IncomingFile> files, JsonMapper json) {
        MessageDigest digest = sha256();
        digest.update(json.writeValueAsBytes(request));
        for (IncomingFile file : files) {
            digest.update(("\nfile:" + file.fileName() + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(file.sha256());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
