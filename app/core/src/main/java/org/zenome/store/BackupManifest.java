package org.zenome.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * What a backup holds, kept in its {@code backup.properties} (the checksums of every file are in
 * {@code SHA256SUMS} beside it, in the format of {@code sha256sum -c}).
 *
 * @param created       when the copy of the database was taken
 * @param schema        the database schema version of the copy
 * @param zenomeVersion the application version that wrote it
 * @param source        the store it was taken from (for people; a restore may go anywhere)
 * @param cases         cases in the copy
 * @param files         files in the backup (database, findings files, manifest)
 * @param bytes         total size of the database and findings files
 * @param auditEntries  entries of the audit log (checked intact when the backup was written)
 * @param auditHead     hash of the last audit entry ("" when the log is empty)
 * @param madeBy        who made it: a user name, {@code os:NAME} on the command line, {@code schedule} for the
 *                      scheduled copy ("" in backups written before this was recorded)
 */
public record BackupManifest(Instant created, int schema, String zenomeVersion, String source, long cases,
                             int files, long bytes, long auditEntries, String auditHead, String madeBy) {
    /** {@link #madeBy} of the scheduled copies. */
    public static final String SCHEDULE = "schedule";

    public static final String FILE_NAME = "backup.properties";
    public static final String CHECKSUMS = "SHA256SUMS";
    static final int FORMAT = 1;

    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("created", created.toString());
        p.setProperty("schema", Integer.toString(schema));
        p.setProperty("zenome.version", zenomeVersion);
        p.setProperty("source", source);
        p.setProperty("cases", Long.toString(cases));
        p.setProperty("files", Integer.toString(files));
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("audit.entries", Long.toString(auditEntries));
        p.setProperty("audit.head", auditHead);
        p.setProperty("made.by", madeBy == null ? "" : madeBy);
        java.io.StringWriter text = new java.io.StringWriter();
        p.store(text, null);
        // Properties writes in hash order: sorted lines read better and compare between backups
        java.util.List<String> lines = text.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Zenome backup: checked at restore against SHA256SUMS; do not edit\n");
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** Reads a manifest; a missing or damaged one is a {@link BackupInvalidException} naming the file. */
    public static BackupManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupInvalidException(file.getParent() + ": not a Zenome backup (no " + FILE_NAME + ")");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupInvalidException(file + ": cannot read the backup manifest: " + e.getMessage(), e);
        }
        try {
            int format = Integer.parseInt(required(p, file, "format"));
            if (format > FORMAT) {
                throw new BackupInvalidException(file + ": backup format " + format
                        + " was written by a newer version of Zenome; install that version to restore it");
            }
            return new BackupManifest(Instant.parse(required(p, file, "created")),
                    Integer.parseInt(required(p, file, "schema")), p.getProperty("zenome.version", ""),
                    p.getProperty("source", ""), Long.parseLong(required(p, file, "cases")),
                    Integer.parseInt(required(p, file, "files")), Long.parseLong(required(p, file, "bytes")),
                    Long.parseLong(required(p, file, "audit.entries")), p.getProperty("audit.head", ""),
                    p.getProperty("made.by", "").trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BackupInvalidException(file + ": damaged backup manifest: " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new BackupInvalidException(file + ": damaged backup manifest: no " + key);
        }
        return v.trim();
    }
}
