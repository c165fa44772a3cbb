package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.StoreException;

/** The user and password of a PostgreSQL store: URL, password file (libpq's format and rules), prompt. */
class PgCredentialsTest {
    @TempDir
    Path dir;

    private Path pgpass(String text, String perms) throws Exception {
        Path f = dir.resolve("pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void parsesHostPortDatabaseAndUser() {
        PgCredentials c = PgCredentials.parse("jdbc:postgresql://db.hospital.example:6432/zenome?user=panel&ssl=true",
                "os-user");
        assertThat(c.host()).isEqualTo("db.hospital.example");
        assertThat(c.port()).isEqualTo(6432);
        assertThat(c.database()).isEqualTo("zenome");
        assertThat(c.user()).isEqualTo("panel");
        assertThat(PgCredentials.parse("jdbc:postgresql://db/zenome", "os-user").user()).isEqualTo("os-user");
        assertThat(PgCredentials.parse("jdbc:postgresql://db/zenome", "os-user").port()).isEqualTo(5432);
        assertThatThrownBy(() -> PgCredentials.parse("jdbc:postgresql://db/zenome?password=x", "u"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("=x");
    }

    @Test
    void thePasswordFileIsReadAsLibpqDoes() throws Exception {
        Path f = pgpass("# comment\nother:5432:zenome:panel:no\ndb:5432:zenome:panel:pa\\:ss\\\\word\n"
                + "*:*:*:panel:fallback\n", "rw-------");
        PgCredentials c = PgCredentials.parse("jdbc:postgresql://db/zenome?user=panel", "x");
        Properties p = c.properties(List.of(f), (u, w) -> Optional.of("prompted".toCharArray()));
        assertThat(p.getProperty("password")).isEqualTo("pa:ss\\word");
        PgCredentials other = PgCredentials.parse("jdbc:postgresql://elsewhere:7000/zenome?user=panel", "x");
        assertThat(other.properties(List.of(f), null).getProperty("password")).isEqualTo("fallback");
    }

    @Test
    void withoutAnEntryThePromptIsAskedAndAWorldReadableFileIsRefused() throws Exception {
        Path f = pgpass("db:5432:zenome:someone:pw\n", "rw-------");
        PgCredentials c = PgCredentials.parse("jdbc:postgresql://db/zenome?user=panel", "x");
        String[] asked = new String[2];
        Properties p = c.properties(List.of(f), (u, w) -> {
            asked[0] = u;
            asked[1] = w;
            return Optional.of("typed".toCharArray());
        });
        assertThat(p.getProperty("password")).isEqualTo("typed");
        assertThat(asked).containsExactly("panel", "db:5432/zenome");
        Path open = pgpass("db:5432:zenome:panel:pw\n", "rw-r--r--");
        assertThatThrownBy(() -> c.properties(List.of(open), null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("chmod 0600");
    }

    @Test
    void thePasswordFilesInOrder() {
        assertThat(PgCredentials.passwordFiles("/etc/zenome/pgpass", Map.of(), "Linux", "/home/u"))
                .containsExactly(Path.of("/etc/zenome/pgpass"), Path.of("/home/u/.pgpass"));
        assertThat(PgCredentials.passwordFiles(null, Map.of("PGPASSFILE", "/x/pw"), "Linux", "/home/u"))
                .containsExactly(Path.of("/x/pw"));
        assertThat(PgCredentials.passwordFiles(null, Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "Windows 11",
                "C:\\Users\\u")).hasSize(1);
    }
}
