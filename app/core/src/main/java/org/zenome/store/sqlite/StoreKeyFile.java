package org.zenome.store.sqlite;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.zenome.store.Argon2Keys;
import org.zenome.store.InvalidStoreException;
import org.zenome.store.StoreException;
import org.zenome.store.WrongPassphraseException;

/**
 * The key file of an encrypted store, {@code zenome.db.key} beside the database: the store's random 256-bit data key
 * wrapped (AES-256-GCM) under a key derived from the administrator's passphrase with Argon2id. Changing the
 * passphrase rewraps the data key; the databases are not rewritten. The file holds no patient data; without it (or
 * without the passphrase) the store cannot be read. See docs/adr/encryption-at-rest.md.
 */
public final class StoreKeyFile {
    static final String FORMAT = "zenome-store-key-1";
    /** The SQLite3MC cipher of the store's files (ChaCha20-Poly1305, SQLite3MC's default). */
    static final String CIPHER = "chacha20";

    private StoreKeyFile() {
    }

    /** Where the key file of the store {@code db} is. */
    public static Path of(Path db) {
        return db.resolveSibling(db.getFileName() + ".key");
    }

    /** Whether the store {@code db} is encrypted (its key file exists). */
    public static boolean exists(Path db) {
        return Files.exists(of(db));
    }

    /** A new random data key. */
    static byte[] newDataKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    /** Writes {@code file} (atomically, owner-only) holding {@code dataKey} wrapped under {@code passphrase}. */
    static void write(Path file, byte[] dataKey, char[] passphrase) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        SecureRandom random = new SecureRandom();
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] kek = Argon2Keys.derive(passphrase, salt, Argon2Keys.MEMORY_KIB, Argon2Keys.PASSES);
        byte[] wrapped;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            wrapped = c.doFinal(dataKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
        Properties p = new Properties();
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty("format", FORMAT);
        p.setProperty("cipher", CIPHER);
        p.setProperty("kdf", "argon2id");
        p.setProperty("kdf.memoryKiB", Integer.toString(Argon2Keys.MEMORY_KIB));
        p.setProperty("kdf.passes", Integer.toString(Argon2Keys.PASSES));
        p.setProperty("kdf.salt", b64.encodeToString(salt));
        p.setProperty("wrap", "aes-256-gcm");
        p.setProperty("wrap.nonce", b64.encodeToString(nonce));
        p.setProperty("wrap.key", b64.encodeToString(wrapped));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Zenome encrypted store: the data key wrapped under the administrator's passphrase. Keep "
                    + "this file with the database; losing it or the passphrase loses the store.");
            Path tmp = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, text.toString(), StandardCharsets.ISO_8859_1);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the store's key file: " + e.getMessage(), e);
        }
    }

    /**
     * The data key in {@code file}, unwrapped with {@code passphrase}.
     *
     * @throws WrongPassphraseException when the passphrase is not the store's
     * @throws InvalidStoreException when the file is damaged or not a key file
     */
    static byte[] unlock(Path file, char[] passphrase) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidStoreException(file + ": cannot read the store's key file: " + e.getMessage());
        }
        if (!FORMAT.equals(p.getProperty("format")) || !CIPHER.equals(p.getProperty("cipher"))
                || !"argon2id".equals(p.getProperty("kdf")) || !"aes-256-gcm".equals(p.getProperty("wrap"))) {
            throw new InvalidStoreException(file + ": not a Zenome store key file this version knows (format "
                    + p.getProperty("format") + ")");
        }
        byte[] salt;
        byte[] nonce;
        byte[] wrapped;
        int memory;
        int passes;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            salt = b64.decode(p.getProperty("kdf.salt", ""));
            nonce = b64.decode(p.getProperty("wrap.nonce", ""));
            wrapped = b64.decode(p.getProperty("wrap.key", ""));
            memory = Integer.parseInt(p.getProperty("kdf.memoryKiB", ""));
            passes = Integer.parseInt(p.getProperty("kdf.passes", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidStoreException(file + ": the store's key file is damaged (" + e.getMessage() + ")");
        }
        if (salt.length < 16 || nonce.length != 12 || wrapped.length != 48 || memory < 8
                || memory > Argon2Keys.MAX_MEMORY_KIB || passes < 1 || passes > Argon2Keys.MAX_PASSES) {
            throw new InvalidStoreException(file + ": the store's key file is damaged (parameters out of range)");
        }
        byte[] kek = Argon2Keys.derive(passphrase, salt, memory, passes);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(wrapped);
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException(file.resolveSibling(file.getFileName().toString()
                    .replaceFirst("\\.key$", "")) + ": wrong passphrase for this encrypted store (or its key file "
                    + file.getFileName() + " was altered); nothing was opened");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }
}
