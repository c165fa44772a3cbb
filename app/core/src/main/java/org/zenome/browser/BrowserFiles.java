package org.zenome.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** File checks shared by {@link TrackSpec} and {@link ReferenceGenome}. */
final class BrowserFiles {
    private BrowserFiles() {
    }

    static Path requireReadable(Path file) throws BrowserFileException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        Path p = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new BrowserFileException(BrowserFileException.Problem.MISSING_FILE, p,
                    "file not found or not readable: " + p);
        }
        return p;
    }

    /**
     * The first existing sibling among {@code <name><suffix>} for each suffix and, when {@code dataSuffix}
     * ends the name, {@code <name without dataSuffix><suffix>} ({@code x.bam.bai}, then {@code x.bai}).
     */
    static Optional<Path> findIndex(Path data, String dataSuffix, String... indexSuffixes) {
        String name = data.getFileName().toString();
        for (String suffix : indexSuffixes) {
            Path candidate = data.resolveSibling(name + suffix);
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate);
            }
        }
        if (dataSuffix != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(dataSuffix)) {
            String stem = name.substring(0, name.length() - dataSuffix.length());
            for (String suffix : indexSuffixes) {
                Path candidate = data.resolveSibling(stem + suffix);
                if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Path requireIndex(Path data, String dataSuffix, String... indexSuffixes) throws BrowserFileException {
        return findIndex(data, dataSuffix, indexSuffixes).orElseThrow(() -> new BrowserFileException(
                BrowserFileException.Problem.MISSING_INDEX, data,
                "no index (" + String.join(", ", indexSuffixes) + ") beside " + data));
    }

    /** Fails unless the file starts with a BGZF block header (gzip with the {@code BC} extra subfield). */
    static void requireBgzf(Path file) throws BrowserFileException {
        byte[] h = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, h.length);
        } catch (IOException e) {
            throw new BrowserFileException(BrowserFileException.Problem.MISSING_FILE, file,
                    "cannot read " + file + ": " + e.getMessage());
        }
        boolean bgzf = n == 16 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b && (h[3] & 0x04) != 0
                && h[12] == 'B' && h[13] == 'C';
        if (!bgzf) {
            throw new BrowserFileException(BrowserFileException.Problem.NOT_BGZF, file,
                    "not BGZF-compressed (compress it with bgzip): " + file);
        }
    }
}
