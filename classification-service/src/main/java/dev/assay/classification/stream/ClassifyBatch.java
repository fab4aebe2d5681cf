package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code classify} function: takes what one poll returned, turns every record into its classified event or its
 * dead letter ({@link Publications}), and publishes them all with the records' offsets in one Kafka transaction
 * ({@link PollTransactions}); records that failed together {@code batch-attempts} times go one by one
 * ({@link BatchRetries}). A failure leaves the poll to the listener container's error handler, which polls the same
 * records again later.
 * <p>
 * The binding hands over the raw records ({@link KafkaHeaders#RAW_DATA}, see {@code StreamConfiguration}): a dead
 * letter carries the record's own bytes and headers, and the transaction commits the offsets of exactly these records
 * for the group of the consumer that polled them ({@link KafkaHeaders#CONSUMER}).
 */
final class ClassifyBatch implements java.util.function.Consumer<Message<List<byte[]>>> {

    private final Publications publications;
    private final PollTransactions transactions;
    private final BatchRetries retries;

    ClassifyBatch(Publications publications, PollTransactions transactions, BatchRetries retries) {
        this.publications = publications;
        this.transactions = transactions;
        this.retries = retries;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<ConsumerRecord<byte[], byte[]>> records = records(batch);
        Consumer<?, ?> consumer = batch.getHeaders().get(KafkaHeaders.CONSUMER, Consumer.class);
        if (consumer == null) {
            throw new IllegalStateException("the batch does not name its consumer (" + KafkaHeaders.CONSUMER + ")");
        }
        List<Publication> poll = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            poll.add(publications.of(record));
        }
        if (retries.oneByOne(records)) {
            transactions.publishOneByOne(poll, consumer);
        } else {
            transactions.publishTogether(poll, consumer);
        }
        retries.published(records);
    }

    @SuppressWarnings("unchecked")
    private static List<ConsumerRecord<byte[], byte[]>> records(Message<?> batch) {
        Object raw = batch.getHeaders().get(KafkaHeaders.RAW_DATA);
        if (!(raw instanceof List<?> records)) {
            throw new IllegalStateException("the batch does not carry its records (" + KafkaHeaders.RAW_DATA
                    + "): is the binding's converter-bean-name " + StreamConfiguration.RAW_RECORDS + "?");
        }
        return (List<ConsumerRecord<byte[], byte[]>>) records;
    }
}
