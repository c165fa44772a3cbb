package org.zenome.importer;

import java.nio.file.Path;

/**
 * Input that Zenome refuses, with the file, the line (1-based; 0 when not about a line) and the problem.
 * The message is one line meant for the user: {@code FILE:LINE: problem}.
 */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;
    private final String problem;

    public InvalidInputException(Path file, long line, String problem) {
        this(file == null ? "-" : file.toString(), line, problem, null);
    }

    public InvalidInputException(String file, long line, String problem, Throwable cause) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
