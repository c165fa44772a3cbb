package org.zenome.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The administrator's passphrase of an encrypted backup: from {@code --passphrase-file} (its first line; the file
 * should be readable by its owner only) or typed at the terminal without echo. Never an option value: a command
 * line is visible to other users of the machine and kept in shell histories.
 */
final class BackupPassphrase {
    /** Shortest passphrase accepted for a new encrypted backup. */
    static final int MIN_LENGTH = 12;

    /** A passphrase that could not be had; {@link #exit} is the command's exit code. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int exit;

        Problem(int exit, String message) {
            super(message);
            this.exit = exit;
        }
    }

    private BackupPassphrase() {
    }

    /**
     * @param file    the passphrase file, or null to ask at the terminal
     * @param confirm ask twice and require {@link #MIN_LENGTH} characters (a new backup)
     */
    static char[] read(Path file, boolean confirm) {
        return read(file, confirm, "Backup passphrase: ");
    }

    /** As {@link #read(Path, boolean)} with the terminal's {@code prompt}. */
    static char[] read(Path file, boolean confirm, String prompt) {
        char[] p;
        if (file != null) {
            p = fromFile(file);
        } else {
            Console console = System.console();
            if (console == null) {
                throw new Problem(ZenomeCli.USAGE, "the passphrase is needed: give --passphrase-file FILE (or set "
                        + DbOption.ENV_PASSPHRASE_FILE + " for an encrypted store) or run the command in a terminal");
            }
            p = console.readPassword("%s", prompt);
            if (p == null) {
                throw new Problem(ZenomeCli.USAGE, "no passphrase was entered");
            }
            if (confirm) {
                char[] again = console.readPassword("Repeat the passphrase: ");
                boolean same = again != null && Arrays.equals(p, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    Arrays.fill(p, '\0');
                    throw new Problem(ZenomeCli.USAGE, "the two passphrases differ; nothing was written");
                }
            }
        }
        if (p.length == 0) {
            throw new Problem(file == null ? ZenomeCli.USAGE : ZenomeCli.INVALID_INPUT,
                    (file == null ? "" : file + ": ") + "the passphrase is empty");
        }
        if (confirm && p.length < MIN_LENGTH) {
            int n = p.length;
            Arrays.fill(p, '\0');
            throw new Problem(file == null ? ZenomeCli.USAGE : ZenomeCli.INVALID_INPUT,
                    (file == null ? "" : file + ": ") + "the passphrase is too short (" + n + " characters; at least "
                            + MIN_LENGTH + ")");
        }
        return p;
    }

    private static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Problem(ZenomeCli.INVALID_INPUT, file + ": cannot read the passphrase file: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] p = new char[end];
            chars.get(p, 0, end);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return p;
        } catch (CharacterCodingException e) {
            throw new Problem(ZenomeCli.INVALID_INPUT, file + ": the passphrase file is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
