package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Note drafts: replaced as they are typed, per user, case and finding, kept across a restart, removed when empty. */
class NoteDraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void draftsAreKeptPerUserCaseAndFindingUntilEmptied() {
        Path db = dir.resolve("z.db");
        Instant t = Instant.parse("2026-12-03T10:00:00Z");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            s.noteDrafts().save("sato", "C-1", "chr13:1:G>A", "V", t);
            s.noteDrafts().save("sato", "C-1", "chr13:1:G>A", "VAF 0.4", t.plusSeconds(1));
            s.noteDrafts().save("suzuki", "C-1", "chr13:1:G>A", "他の医師のメモ", t);
            s.noteDrafts().save("sato", "C-1", "chr13:2:C>T", "second finding", t);
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.noteDrafts().find("sato", "C-1", "chr13:1:G>A")).contains("VAF 0.4");
            assertThat(s.noteDrafts().find("suzuki", "C-1", "chr13:1:G>A")).contains("他の医師のメモ");
            assertThat(s.noteDrafts().find("sato", "C-1", "chr13:2:C>T")).contains("second finding");
            assertThat(s.noteDrafts().find("sato", "C-2", "chr13:1:G>A")).isEmpty();
            s.noteDrafts().save("sato", "C-1", "chr13:1:G>A", "", t.plusSeconds(2));
            assertThat(s.noteDrafts().find("sato", "C-1", "chr13:1:G>A")).isEmpty();
            assertThat(s.noteDrafts().find("suzuki", "C-1", "chr13:1:G>A")).isPresent();
        }
    }
}
