package org.zenome.store;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups encrypted with a key derived from an administrator's passphrase (ADR encryption-at-rest), around a plain
 * {@link StoreBackup}: {@link #create} writes the plain backup into a private staging folder beside the store,
 * encrypts every file of it into the backup folder and removes the staging copy; {@link #verify} and
 * {@link #restore} check the passphrase and every file's authentication, decrypt into a staging folder beside the
 * store and hand that plain backup to the plain one (which checks it again). Plain backups pass straight through.
 *
 * <p>Format (version 1): the folder holds {@code encryption.properties} (cipher, Argon2id parameters, salt, a key
 * check value), {@code backup.properties} in clear (time, counts, who made it: no patient data, so the list of
 * backups needs no passphrase), every file of the plain backup as {@code NAME.zenc} (its manifest and checksums
 * included), an outer {@code SHA256SUMS} over all of these (so {@code sha256sum -c} still finds damage without the
 * passphrase) and {@code SHA256SUMS.hmac}, HMAC-SHA256 of that file under the key (so no file can be swapped,
 * added to the list or dropped from it unnoticed). Keys: Argon2id (Bouncy Castle; 64 MiB, 3 passes) gives a master
 * key; HMAC-SHA256 of it gives the encryption key, the MAC key and the check value. A {@code .zenc} file is
 * {@code "ZENC" 0x01} and a random 16-byte file id, then 1-MiB segments, each AES-256-GCM (JDK) under a key
 * HMAC(encryption key, file id), nonce = segment number (8 bytes) and a last-segment flag (4 bytes), associated data
 * = header and file name: segments cannot be reordered, truncated, moved between files or renamed unnoticed, and
 * a large findings file is never held in memory whole.
 */
public final class EncryptedStoreBackup implements StoreBackup {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedStoreBackup.class);
    public static final String HEADER = "encryption.properties";
    public static final String MAC = BackupManifest.CHECKSUMS + ".hmac";
    public static final String SUFFIX = ".zenc";
    static final int SEGMENT = 1 << 20;
    private static final int TAG = 16;
    private static final byte[] MAGIC = {'Z', 'E', 'N', 'C', 1};
    private static final int FILE_ID = 16;
    /** Argon2id cost of new backups: 64 MiB, 3 passes, 1 lane (above OWASP's minimum for password storage). */
    static final int MEMORY_KIB = 64 * 1024;
    static final int PASSES = 3;
    /** Limits on parameters read from a backup (a damaged or hostile header must not exhaust the machine). */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_PASSES = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StoreBackup plain;
    private final Path staging;
    private final char[] passphrase;
    private final boolean encryptNew;
    private final int memoryKiB;
    private final int passes;

    /**
     * @param plain      the store's own backups
     * @param staging    a folder on the store's volume for plain copies while they are encrypted or decrypted
     *                   (beside the store: never the backup destination, which may be a share)
     * @param passphrase the administrator's passphrase (kept for this object's life; {@link #close} clears it)
     * @param encryptNew whether {@link #create} encrypts (else it only reads encrypted backups)
     */
    public EncryptedStoreBackup(StoreBackup plain, Path staging, char[] passphrase, boolean encryptNew) {
        this(plain, staging, passphrase, encryptNew, MEMORY_KIB, PASSES);
    }

    EncryptedStoreBackup(StoreBackup plain, Path staging, char[] passphrase, boolean encryptNew, int memoryKiB,
                         int passes) {
        this.plain = Objects.requireNonNull(plain);
        this.staging = staging.toAbsolutePath();
        this.passphrase = passphrase.clone();
        this.encryptNew = encryptNew;
        this.memoryKiB = memoryKiB;
        this.passes = passes;
    }

    /** Whether the folder holds an encrypted backup. */
    public static boolean isEncrypted(Path folder) {
        return Files.isRegularFile(folder.resolve(HEADER));
    }

    /**
     * Checks what can be checked of an encrypted backup without the passphrase: every file against
     * {@code SHA256SUMS}. The authentication code, the content and the store's own checks need the passphrase
     * ({@link #verify}).
     *
     * @throws BackupInvalidException naming the damaged or missing file
     */
    public static void checkChecksums(Path folder) {
        Path dir = folder.toAbsolutePath();
        Path sumsFile = dir.resolve(BackupManifest.CHECKSUMS);
        try {
            if (!Files.isRegularFile(sumsFile) || !Files.isRegularFile(dir.resolve(MAC))) {
                throw new BackupInvalidException(dir + ": not a complete encrypted backup (no "
                        + BackupManifest.CHECKSUMS + " or " + MAC + ")");
            }
            Map<String, String> sums = readSums(sumsFile, Files.readString(sumsFile, StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : sums.entrySet()) {
                Path f = dir.resolve(e.getKey()).normalize();
                if (!f.startsWith(dir) || !Files.isRegularFile(f)) {
                    throw new BackupInvalidException(f + ": missing from the backup");
                }
                if (!sha256(f).equals(e.getValue())) {
                    throw new BackupInvalidException(f + ": damaged (its SHA-256 differs from "
                            + BackupManifest.CHECKSUMS + ")");
                }
            }
        } catch (IOException e) {
            throw new BackupInvalidException(dir + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Clears the passphrase held. */
    public void close() {
        Arrays.fill(passphrase, '\0');
    }

    // ---------------------------------------------------------------- StoreBackup

    @Override
    public BackupManifest create(Path folder, String madeBy) {
        if (!encryptNew) {
            return plain.create(folder, madeBy);
        }
        Path target = folder.toAbsolutePath();
        if (Files.exists(target)) {
            throw new StoreException(target + ": already exists; a backup is written into a new folder");
        }
        Path plainCopy = stagingFolder("backup");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            BackupManifest m = plain.create(plainCopy, madeBy);
            deleteTree(partial);
            encrypt(plainCopy, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Encrypted backup written to {} ({} cases)", target, m.cases());
            return m;
        } catch (IOException | GeneralSecurityException e) {
            deleteTree(partial);
            throw new StoreException("cannot write the encrypted backup " + target + ": " + e.getMessage()
                    + ". Nothing was kept of it; the case store was not changed.", e);
        } catch (RuntimeException e) {
            deleteTree(partial);
            throw e;
        } finally {
            deleteTree(plainCopy);
        }
    }

    @Override
    public BackupManifest verify(Path folder) {
        if (!isEncrypted(folder)) {
            return plain.verify(folder);
        }
        Path plainCopy = decryptToStaging(folder);
        try {
            return plain.verify(plainCopy);
        } finally {
            deleteTree(plainCopy);
        }
    }

    @Override
    public RestoreResult restore(Path folder, boolean overwriteNewer) {
        if (!isEncrypted(folder)) {
            return plain.restore(folder, overwriteNewer);
        }
        Path plainCopy = decryptToStaging(folder);
        try {
            return plain.restore(plainCopy, overwriteNewer);
        } finally {
            deleteTree(plainCopy);
        }
    }

    /**
     * Removes plain staging copies a crash left beside the store (older than six hours: not those of another
     * process working now); they hold the store's data in clear, if only on the store's own volume.
     */
    private void removeStaleStaging() {
        if (!Files.isDirectory(staging)) {
            return;
        }
        Instant before = Instant.now().minus(java.time.Duration.ofHours(6));
        try (Stream<Path> list = Files.list(staging)) {
            for (Path p : list.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith("zenome-backup-staging-") || n.startsWith("zenome-restore-staging-"))
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    LOG.warn("Removing a plain staging copy an interrupted backup or restore left: {}", p);
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot look for stale staging copies in {}: {}", staging, e.getMessage());
        }
    }

    private Path stagingFolder(String what) {
        removeStaleStaging();
        String name = "zenome-" + what + "-staging-" + STAMP.format(Instant.now()) + "-"
                + HexFormat.of().formatHex(random(4));
        return staging.resolve(name);
    }

    private Path decryptToStaging(Path folder) {
        Path out = stagingFolder("restore");
        try {
            decrypt(folder.toAbsolutePath(), out);
            return out;
        } catch (IOException e) {
            deleteTree(out);
            throw new StoreException("cannot decrypt the backup " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(out);
            throw e;
        }
    }

    // ---------------------------------------------------------------- keys

    record Keys(byte[] encryption, byte[] mac, String check) {
    }

    static Keys keys(char[] passphrase, byte[] salt, int memoryKiB, int passes) {
        byte[] master = Argon2Keys.derive(passphrase, salt, memoryKiB, passes);
        try {
            return new Keys(hmac(master, "zenome-backup-v1 encryption"), hmac(master, "zenome-backup-v1 mac"),
                    HexFormat.of().formatHex(hmac(master, "zenome-backup-v1 check")));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        return hmac(key, label.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    // ---------------------------------------------------------------- encrypt

    private void encrypt(Path plainDir, Path out) throws IOException, GeneralSecurityException {
        createPrivateDirectory(out);
        byte[] salt = random(16);
        Keys keys = keys(passphrase, salt, memoryKiB, passes);
        Properties header = new Properties();
        header.setProperty("format", "1");
        header.setProperty("cipher", "AES-256-GCM, 1 MiB segments");
        header.setProperty("kdf", "argon2id");
        header.setProperty("kdf.memory.kib", Integer.toString(memoryKiB));
        header.setProperty("kdf.passes", Integer.toString(passes));
        header.setProperty("kdf.lanes", "1");
        header.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        header.setProperty("check", keys.check());
        writePrivate(out.resolve(HEADER), propertiesText(header, "Zenome encrypted backup: the passphrase is needed "
                + "to restore it"));
        // the manifest in clear, for the list of backups (no patient data in it)
        copyPrivate(plainDir.resolve(BackupManifest.FILE_NAME), out.resolve(BackupManifest.FILE_NAME));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(plainDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = plainDir.relativize(f).toString().replace('\\', '/');
            Path target = out.resolve(name + SUFFIX);
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                createPrivateDirectory(target.getParent());
            }
            encryptFile(keys.encryption(), f, target, name);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                sums.put(out.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        StringBuilder sb = new StringBuilder();
        sums.forEach((n, h) -> sb.append(h).append("  ").append(n).append('\n'));
        byte[] sumsBytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        writePrivate(out.resolve(MAC), HexFormat.of().formatHex(hmac(keys.mac(), sumsBytes)) + "\n");
        // the checksums last: their presence marks the backup complete (BackupSchedule lists only such folders)
        writePrivate(out.resolve(BackupManifest.CHECKSUMS), sb.toString());
        Arrays.fill(keys.encryption(), (byte) 0);
        Arrays.fill(keys.mac(), (byte) 0);
    }

    static void encryptFile(byte[] key, Path in, Path out, String name) throws IOException, GeneralSecurityException {
        byte[] fileId = random(FILE_ID);
        byte[] header = new byte[MAGIC.length + FILE_ID];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        System.arraycopy(fileId, 0, header, MAGIC.length, FILE_ID);
        byte[] aad = aad(header, name);
        SecretKeySpec fileKey = new SecretKeySpec(hmac(key, fileId), "AES");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        createPrivateFile(out);
        try (InputStream src = Files.newInputStream(in);
             FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE);
             OutputStream dst = Channels.newOutputStream(ch)) {
            dst.write(header);
            byte[] buf = new byte[SEGMENT];
            byte[] next = new byte[SEGMENT];
            int n = src.readNBytes(buf, 0, SEGMENT);
            long segment = 0;
            while (true) {
                int m = n == SEGMENT ? src.readNBytes(next, 0, SEGMENT) : 0;
                boolean last = m == 0;
                cipher.init(Cipher.ENCRYPT_MODE, fileKey, new GCMParameterSpec(TAG * 8, nonce(segment, last)));
                cipher.updateAAD(aad);
                dst.write(cipher.doFinal(buf, 0, n));
                if (last) {
                    break;
                }
                byte[] t = buf;
                buf = next;
                next = t;
                n = m;
                segment++;
            }
            dst.flush();
            ch.force(true);
        }
    }

    private static byte[] nonce(long segment, boolean last) {
        return ByteBuffer.allocate(12).putLong(segment).putInt(last ? 1 : 0).array();
    }

    private static byte[] aad(byte[] header, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] aad = Arrays.copyOf(header, header.length + n.length);
        System.arraycopy(n, 0, aad, header.length, n.length);
        return aad;
    }

    // ---------------------------------------------------------------- decrypt

    private void decrypt(Path dir, Path out) throws IOException {
        Properties header = new Properties();
        Path headerFile = dir.resolve(HEADER);
        try (Reader r = Files.newBufferedReader(headerFile, StandardCharsets.UTF_8)) {
            header.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupInvalidException(headerFile + ": cannot be read: " + e.getMessage(), e);
        }
        byte[] salt;
        int memory;
        int rounds;
        try {
            if (!"1".equals(header.getProperty("format", "").trim())) {
                throw new BackupInvalidException(headerFile + ": encryption format " + header.getProperty("format")
                        + " is not known to this version of Zenome");
            }
            salt = Base64.getDecoder().decode(header.getProperty("salt", "").trim());
            memory = Integer.parseInt(header.getProperty("kdf.memory.kib", "").trim());
            rounds = Integer.parseInt(header.getProperty("kdf.passes", "").trim());
        } catch (IllegalArgumentException e) {
            throw new BackupInvalidException(headerFile + ": damaged encryption header: " + e.getMessage(), e);
        }
        if (salt.length < 16 || memory < 8 || memory > MAX_MEMORY_KIB || rounds < 1 || rounds > MAX_PASSES
                || !"argon2id".equals(header.getProperty("kdf", "").trim())) {
            throw new BackupInvalidException(headerFile + ": damaged encryption header (key derivation parameters "
                    + "out of range)");
        }
        Keys keys = keys(passphrase, salt, memory, rounds);
        try {
            if (!MessageDigest.isEqual(keys.check().getBytes(StandardCharsets.US_ASCII),
                    header.getProperty("check", "").trim().getBytes(StandardCharsets.US_ASCII))) {
                throw new WrongPassphraseException(dir + ": wrong passphrase for this encrypted backup (or its "
                        + HEADER + " was altered). Nothing was changed.");
            }
            Path sumsFile = dir.resolve(BackupManifest.CHECKSUMS);
            if (!Files.isRegularFile(sumsFile) || !Files.isRegularFile(dir.resolve(MAC))) {
                throw new BackupInvalidException(dir + ": not a complete encrypted backup (no "
                        + BackupManifest.CHECKSUMS + " or " + MAC + ")");
            }
            byte[] sumsBytes = Files.readAllBytes(sumsFile);
            String mac = Files.readString(dir.resolve(MAC), StandardCharsets.US_ASCII).trim();
            if (!MessageDigest.isEqual(HexFormat.of().formatHex(hmac(keys.mac(), sumsBytes))
                    .getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII))) {
                throw new BackupInvalidException(sumsFile + ": altered (it does not match its authentication code "
                        + MAC + "); the backup is refused");
            }
            Map<String, String> sums = readSums(sumsFile, new String(sumsBytes, StandardCharsets.UTF_8));
            for (String required : List.of(BackupManifest.FILE_NAME + SUFFIX, BackupManifest.CHECKSUMS + SUFFIX,
                    HEADER)) {
                if (!sums.containsKey(required)) {
                    throw new BackupInvalidException(sumsFile + ": incomplete (" + required + " is not listed)");
                }
            }
            createPrivateDirectory(out);
            for (Map.Entry<String, String> e : sums.entrySet()) {
                Path f = dir.resolve(e.getKey()).normalize();
                if (!f.startsWith(dir)) {
                    throw new BackupInvalidException(sumsFile + ": names a file outside the backup: " + e.getKey());
                }
                if (!Files.isRegularFile(f)) {
                    throw new BackupInvalidException(f + ": missing from the backup");
                }
                if (!sha256(f).equals(e.getValue())) {
                    throw new BackupInvalidException(f + ": damaged (its SHA-256 differs from "
                            + BackupManifest.CHECKSUMS + ")");
                }
                if (!e.getKey().endsWith(SUFFIX)) {
                    continue;
                }
                String name = e.getKey().substring(0, e.getKey().length() - SUFFIX.length());
                Path target = out.resolve(name).normalize();
                if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                    createPrivateDirectory(target.getParent());
                }
                decryptFile(keys.encryption(), f, target, name);
            }
            return;
        } finally {
            Arrays.fill(keys.encryption(), (byte) 0);
            Arrays.fill(keys.mac(), (byte) 0);
        }
    }

    static void decryptFile(byte[] key, Path in, Path out, String name) throws IOException {
        createPrivateFile(out);
        try (PushbackInputStream src = new PushbackInputStream(Files.newInputStream(in), 1);
             FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE);
             OutputStream dst = Channels.newOutputStream(ch)) {
            byte[] header = src.readNBytes(MAGIC.length + FILE_ID);
            if (header.length < MAGIC.length + FILE_ID || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0,
                    MAGIC.length)) {
                throw new BackupInvalidException(in + ": not a Zenome encrypted file (header)");
            }
            byte[] fileId = Arrays.copyOfRange(header, MAGIC.length, header.length);
            byte[] aad = aad(header, name);
            SecretKeySpec fileKey = new SecretKeySpec(hmac(key, fileId), "AES");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] buf = new byte[SEGMENT + TAG];
            long segment = 0;
            while (true) {
                int n = src.readNBytes(buf, 0, buf.length);
                int peek = src.read();
                boolean last = peek < 0;
                if (!last) {
                    src.unread(peek);
                }
                if (n < TAG) {
                    throw new EOFException("truncated");
                }
                cipher.init(Cipher.DECRYPT_MODE, fileKey, new GCMParameterSpec(TAG * 8, nonce(segment, last)));
                cipher.updateAAD(aad);
                dst.write(cipher.doFinal(buf, 0, n));
                if (last) {
                    break;
                }
                segment++;
            }
            dst.flush();
            ch.force(true);
        } catch (GeneralSecurityException | EOFException e) {
            throw new BackupInvalidException(in + ": altered or damaged (authentication of its encrypted content "
                    + "failed); the backup is refused", e);
        }
    }

    // ---------------------------------------------------------------- files

    private static Map<String, String> readSums(Path file, String text) {
        Map<String, String> sums = new LinkedHashMap<>();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 67 || line.indexOf("  ") != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}")) {
                    throw new BackupInvalidException(file + ":" + n + ": not a SHA-256 checksum line");
                }
                sums.put(line.substring(66), line.substring(0, 64));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    static String sha256(Path f) throws IOException {
        return org.zenome.plugin.Checksums.sha256(f);
    }

    private static String propertiesText(Properties p, String comment) {
        StringBuilder sb = new StringBuilder("# ").append(comment).append('\n');
        p.stringPropertyNames().stream().sorted().forEach(k -> sb.append(k).append('=')
                .append(p.getProperty(k).replace("\\", "\\\\")).append('\n'));
        return sb.toString();
    }

    private static void writePrivate(Path file, String text) throws IOException {
        createPrivateFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    private static void copyPrivate(Path from, Path to) throws IOException {
        createPrivateFile(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel o = FileChannel.open(to, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, o);
            }
            o.force(true);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateFile(Path p) throws IOException {
        if (posix()) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(p);
        }
    }

    private static void createPrivateDirectory(Path p) throws IOException {
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        if (posix()) {
            Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(p);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", dir, e.getMessage());
        }
    }
}
