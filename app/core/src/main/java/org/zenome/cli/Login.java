package org.zenome.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.zenome.panel.Accounts;
import org.zenome.panel.User;
import org.zenome.store.CaseStore;
import picocli.CommandLine.Option;

/**
 * {@code --user NAME} and the password: typed at the console (not echoed), or with {@code --password-stdin}
 * the first line of standard input (for scripts; a second line gives a new user's password).
 */
final class Login {
    @Option(names = "--user", paramLabel = "NAME", description = "Your Zenome user name (the act is recorded under it).")
    String user;

    @Option(names = "--password-stdin", description = "Read the password(s) from standard input, one per line.")
    boolean passwordStdin;

    private BufferedReader stdin;

    /** Logs the user in; the password is asked for once. */
    User login(CaseStore store) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("--user NAME is required: every recorded act carries its user");
        }
        char[] password = password("Password for " + user + ": ");
        User u;
        try {
            u = new Accounts(store.users()).authenticate(user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        if (u.mustChangePassword()) {
            throw new org.zenome.panel.AuthenticationException("the administrator reset the password of "
                    + u.username() + ": set your own first (zenome user passwd)");
        }
        return u;
    }

    /** The next password (console prompt, or the next line of standard input). */
    char[] password(String prompt) {
        if (passwordStdin) {
            try {
                if (stdin == null) {
                    stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                }
                String line = stdin.readLine();
                if (line == null) {
                    throw new IllegalArgumentException("--password-stdin: no password on standard input");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("--password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no console to ask for the password; use --password-stdin");
        }
        char[] p = console.readPassword("%s", prompt);
        if (p == null) {
            throw new IllegalArgumentException("no password given");
        }
        return p;
    }
}
