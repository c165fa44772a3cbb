package org.zenome.cli;

/** The command line as a separate JVM, for tests that kill it. */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(ZenomeCli.run(args));
    }
}
