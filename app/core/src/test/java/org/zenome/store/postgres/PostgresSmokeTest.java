package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.CaseStore;
import org.zenome.testing.StoreEngine;

class PostgresSmokeTest {
    @TempDir
    Path dir;

    @Test
    void opensAndMigrates() {
        try (CaseStore s = StoreEngine.POSTGRESQL.open(dir, "z")) {
            assertThat(s.cases().list()).isEmpty();
            assertThat(s.location()).startsWith("jdbc:postgresql://localhost:");
        }
    }
}
