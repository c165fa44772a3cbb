package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite3MC library copied out of the jar: reused while identical, replaced when changed or damaged. */
class NativeLibraryCopyTest {
    @TempDir
    Path tmp;

    @Test
    void aCopyIsReusedOnlyWhileItHoldsExactlyTheLibrarysBytes() throws Exception {
        Path source = tmp.resolve("lib.so");
        byte[] library = new byte[300_000];
        new java.util.Random(1).nextBytes(library);
        Files.write(source, library);
        Path cache = tmp.resolve("cache");

        Path dir = SqliteNative.extract(source.toUri().toURL(), cache);
        Path copy = dir.resolve(SqliteNative.LIBRARY);
        assertThat(copy).hasBinaryContent(library);
        long written = Files.getLastModifiedTime(copy).toMillis();

        // unchanged: the same copy is used, not written again
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(written - 10_000));
        assertThat(SqliteNative.extract(source.toUri().toURL(), cache)).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).isEqualTo(written - 10_000);

        // a damaged copy of the same size is replaced by the library's own bytes
        byte[] damaged = library.clone();
        damaged[150_000] ^= 1;
        Files.write(copy, damaged);
        assertThat(SqliteNative.extract(source.toUri().toURL(), cache)).isEqualTo(dir);
        assertThat(copy).hasBinaryContent(library);

        // another build of the library goes to a folder of its own
        library[0] ^= 1;
        Files.write(source, library);
        Path other = SqliteNative.extract(source.toUri().toURL(), cache);
        assertThat(other).isNotEqualTo(dir);
        assertThat(other.resolve(SqliteNative.LIBRARY)).hasBinaryContent(library);
    }
}
