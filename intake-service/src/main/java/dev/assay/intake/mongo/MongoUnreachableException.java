package dev.assay.intake.mongo;

import org.springframework.dao.DataAccessResourceFailureException;

/** MongoDB is known to be unreachable, so the operation was not even tried; a retry after a while may succeed. */
public final class MongoUnreachableException extends DataAccessResourceFailureException {

    MongoUnreachableException(String message) {
        super(message);
    }
}
