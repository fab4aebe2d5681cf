package dev.assay.intake.mongo;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The database factory behind intake's {@code MongoTemplate}, which asks it for the database on every operation: while
 * {@link MongoReachability} knows MongoDB to be unreachable it throws {@link MongoUnreachableException} instead of
 * handing out a database whose operations would wait for the server-selection timeout. Everything else is delegated.
 */
final class FailFastMongoDatabaseFactory implements MongoDatabaseFactory {

    private final MongoDatabaseFactory delegate;
    private final MongoReachability reachability;

    FailFastMongoDatabaseFactory(MongoDatabaseFactory delegate, MongoReachability reachability) {
        this.delegate = delegate;
        this.reachability = reachability;
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        reachability.require();
        return delegate.getMongoDatabase();
    }

    @Override
    public MongoDatabase getMongoDatabase(String dbName) {
        reachability.require();
        return delegate.getMongoDatabase(dbName);
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
        return delegate.getExceptionTranslator();
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return delegate.getCodecRegistry();
    }

    @Override
    public ClientSession getSession(ClientSessionOptions options) {
        return delegate.getSession(options);
    }

    @Override
    public MongoDatabaseFactory withSession(ClientSession session) {
        return new FailFastMongoDatabaseFactory(delegate.withSession(session), reachability);
    }

    @Override
    public boolean isTransactionActive() {
        return delegate.isTransactionActive();
    }
}
