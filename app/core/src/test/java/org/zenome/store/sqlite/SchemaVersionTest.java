package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store skips Flyway when the history says every migration is applied, so the constant must follow the files. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void schemaVersionIsTheHighestMigration() throws Exception {
        URL url = SqliteCaseStore.class.getClassLoader().getResource("db/migration/sqlite");
        assertThat(url).isNotNull();
        Pattern v = Pattern.compile("V(\\d+)__.*\\.sql");
        int max = 0;
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path f : files.toList()) {
                Matcher m = v.matcher(f.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(SqliteCaseStore.SCHEMA_VERSION).as("SqliteCaseStore.SCHEMA_VERSION").isEqualTo(max);
    }

    @Test
    void anUpToDateStoreReopensWithEveryTable() {
        Path db = dir.resolve("cases.db");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).isEmpty();
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).isEmpty();
            assertThat(s.users()).isNotNull();
        }
    }
}
