package org.zenome.casefiles;

import java.util.List;
import java.util.Objects;

/**
 * The genome browser cannot show a case: no reference is configured for its build, or the reference's contigs
 * are not the case's. {@link #problem()} and {@link #arguments()} let the user interface say so in the user's
 * language (bundle keys {@code browser.setup.<PROBLEM>}); the message is English, for the log and the CLI.
 */
public final class BrowserSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the case cannot be shown. */
    public enum Problem {
        /** No reference genome is configured for the case's build ({0}: the build). */
        NO_REFERENCE,
        /** None of the case's contigs is in the reference ({0}: the build, {1}: the case's contigs, {2}: the FASTA). */
        CONTIGS_DO_NOT_MATCH,
        /** The case has no genome build recorded. */
        NO_BUILD
    }

    private final Problem problem;
    private final transient List<String> arguments;

    public BrowserSetupException(Problem problem, String message, String... arguments) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }
}
