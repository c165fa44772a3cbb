package org.zenome.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The segmented AES-256-GCM file format of encrypted backups: files of 0, 1, exactly one segment and several
 * segments round-trip; a file cut at a segment boundary, a segment from another position, a file decrypted under
 * another name or key are refused.
 */
class EncryptedFileFormatTest {
    @TempDir
    Path dir;
    private final byte[] key = new byte[32];

    private Path plain(String name, int size) throws Exception {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void roundTripsAtEverySizeAroundTheSegment() throws Exception {
        int s = EncryptedStoreBackup.SEGMENT;
        for (int size : new int[] {0, 1, s - 1, s, s + 1, 2 * s + 17}) {
            Path in = plain("p" + size, size);
            Path enc = dir.resolve("e" + size);
            Path out = dir.resolve("o" + size);
            EncryptedStoreBackup.encryptFile(key, in, enc, "zenome.db");
            EncryptedStoreBackup.decryptFile(key, enc, out, "zenome.db");
            assertThat(Files.readAllBytes(out)).as("size %d", size).isEqualTo(Files.readAllBytes(in));
            // header, the bytes, one 16-byte tag per segment (an empty file is one empty segment)
            assertThat(Files.size(enc)).isEqualTo(21 + size + 16L * Math.max(1, (size + s - 1) / s));
        }
    }

    @Test
    void cutsSwapsRenamesAndOtherKeysAreRefused() throws Exception {
        int s = EncryptedStoreBackup.SEGMENT;
        Path in = plain("p", 2 * s + 100);
        Path enc = dir.resolve("e");
        EncryptedStoreBackup.encryptFile(key, in, enc, "zenome.db");

        // cut after the first full segment: that segment is then taken as the last one, and its tag says otherwise
        Path cut = Files.copy(enc, dir.resolve("cut"));
        try (RandomAccessFile f = new RandomAccessFile(cut.toFile(), "rw")) {
            f.setLength(21 + s + 16);
        }
        assertThatThrownBy(() -> EncryptedStoreBackup.decryptFile(key, cut, dir.resolve("o1"), "zenome.db"))
                .isInstanceOf(BackupInvalidException.class).hasMessageContaining("altered or damaged");

        // first two segments exchanged
        byte[] all = Files.readAllBytes(enc);
        byte[] swapped = all.clone();
        System.arraycopy(all, 21, swapped, 21 + s + 16, s + 16);
        System.arraycopy(all, 21 + s + 16, swapped, 21, s + 16);
        Path sw = Files.write(dir.resolve("sw"), swapped);
        assertThatThrownBy(() -> EncryptedStoreBackup.decryptFile(key, sw, dir.resolve("o2"), "zenome.db"))
                .isInstanceOf(BackupInvalidException.class);

        // another name (a findings file put in the database's place) or another key
        assertThatThrownBy(() -> EncryptedStoreBackup.decryptFile(key, enc, dir.resolve("o3"), "other.db"))
                .isInstanceOf(BackupInvalidException.class);
        byte[] other = key.clone();
        other[0] = 1;
        assertThatThrownBy(() -> EncryptedStoreBackup.decryptFile(other, enc, dir.resolve("o4"), "zenome.db"))
                .isInstanceOf(BackupInvalidException.class);
    }
}
