package org.zenome.report.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an output file whole or not at all: a temporary file beside it, then an atomic rename. */
final class OutputFile {
    private OutputFile() {
    }

    static void write(Path out, byte[] data) throws IOException {
        Path abs = out.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(abs + ": the folder does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + ": is a folder");
        }
        Path tmp = Files.createTempFile(parent, "." + abs.getFileName(), ".part");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
