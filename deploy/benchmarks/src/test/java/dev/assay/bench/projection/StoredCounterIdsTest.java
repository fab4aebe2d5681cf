package dev.assay.bench.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredCounterIdsTest {

    @Test
    void readsTheDatabaseTheConnectionStringNames() {
        assertThat(StoredCounterIds.databaseOf("mongodb://127.0.0.1:27117/assay")).isEqualTo("assay");
        assertThat(StoredCounterIds.databaseOf("mongodb://a:1,b:2/reports?replicaSet=rs0")).isEqualTo("reports");
        assertThat(StoredCounterIds.databaseOf("mongodb://127.0.0.1:27117")).isEqualTo("assay");
        assertThat(StoredCounterIds.databaseOf("mongodb://127.0.0.1:27117/?tls=true")).isEqualTo("assay");
    }
}
