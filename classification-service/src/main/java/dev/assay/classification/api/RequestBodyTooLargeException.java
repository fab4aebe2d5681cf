package dev.assay.classification.api;

import java.io.IOException;

/** The dry-run request body passed its byte limit while being read. */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
