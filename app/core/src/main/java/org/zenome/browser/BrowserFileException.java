package org.zenome.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the genome browser needs is missing or unusable. {@link #problem()} and {@link #file()} let the user
 * interface say so in the user's language (bundle keys {@code browser.problem.<PROBLEM>}, with the file as
 * argument {0}); the message is English for the log.
 */
public final class BrowserFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with {@link #file()}. */
    public enum Problem {
        /** The file does not exist or cannot be read. */
        MISSING_FILE,
        /** The data file exists but its index (.bai, .crai, .tbi, .csi, .fai, .gzi) was not found beside it. */
        MISSING_INDEX,
        /** A compressed FASTA or data file is plain gzip, not BGZF, so it cannot be read region by region. */
        NOT_BGZF,
        /** The file's kind is not one the browser can show in this place. */
        UNSUPPORTED_FORMAT
    }

    private final Problem problem;
    private final transient Path file;

    public BrowserFileException(Problem problem, Path file, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
    }

    public Problem problem() {
        return problem;
    }

    /** The file that is missing or unusable (for {@link Problem#MISSING_INDEX}, the data file). */
    public Path file() {
        return file;
    }
}
