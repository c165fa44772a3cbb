package org.zenome.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * What the desktop shows when the database it is asked to open is bad input (the start-up alert and the backup and
 * restore screens use {@link UserErrors}): the file and the problem from the store, not "Something went wrong".
 */
class UserErrorsBadInputTest {
    @Test
    void aFileThatIsNotAZenomeDatabaseIsNamedWithItsProblem(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("zenome.db"), "meeting notes\n");
        Throwable error = null;
        try (SqliteCaseStore s = SqliteCaseStore.open(notes)) {
            assertThat(s).as("must not open").isNull();
        } catch (RuntimeException e) {
            error = e;
        }
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String shown = UserErrors.describe(new java.util.concurrent.ExecutionException(error), new I18n(l));
            assertThat(shown).contains(notes.toString(), "not a Zenome database").doesNotContain("Exception");
            assertThat(shown).doesNotContain(new I18n(l).get("error.unexpected", "").split("[:：]")[0]);
        }
        assertThat(Files.readString(notes)).isEqualTo("meeting notes\n");
    }
}
