package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void theBrokerIsOneCombinedKraftNodeOnLoopbackThatCreatesNoTopicByItself() {
        String properties = KafkaBroker.serverProperties(new Ports(8081, 8082, 8083, 19092, 19093, 27017),
                Path.of("/data/kafka/data"));

        assertThat(properties.lines()).containsExactly(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:19093",
                "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
                "advertised.listeners=PLAINTEXT://127.0.0.1:19092",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=/data/kafka/data",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0");
    }

    @Test
    void clusterIdsAreKafkaStyleRandomBase64UrlIdsThatTheStorageToolCannotMistakeForAnOption() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 2000).forEach(i -> ids.add(ClusterId.generate()));

        assertThat(ids).hasSize(2000).allSatisfy(id -> assertThat(id).hasSize(22)
                .matches("[A-Za-z0-9_-]{22}").doesNotStartWith("-"));
    }
}
