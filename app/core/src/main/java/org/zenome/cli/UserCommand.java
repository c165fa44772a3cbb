package org.zenome.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.zenome.panel.Accounts;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zenome user add|list|disable|enable|passwd|reset-password}: local user accounts. */
@Command(name = "user", description = "Manage the local user accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
            UserCommand.Enable.class, UserCommand.Passwd.class, UserCommand.ResetPassword.class})
final class UserCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    static Set<PanelRole> roles(List<String> codes) {
        Set<PanelRole> roles = EnumSet.noneOf(PanelRole.class);
        for (String list : codes) {
            for (String code : list.split(",")) {
                roles.add(PanelRole.parse(code).orElseThrow(() -> new IllegalArgumentException("unknown role '" + code
                        + "' (" + PanelRole.codes() + ")")));
            }
        }
        return roles;
    }

    static String codes(Set<PanelRole> roles) {
        return roles.stream().sorted().map(PanelRole::code).collect(Collectors.joining(","));
    }

    @Command(name = "add", description = "Create a user (an administrator's act; the first user of a database "
            + "is created without --user and becomes its administrator). The new password is asked for twice, "
            + "or read as the next line with --password-stdin.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Mixin
        Login login;

        @Option(names = "--name", paramLabel = "TEXT", description = "Full name as shown in records.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", split = ",", description = "Role(s): drug-therapy-physician, "
                + "clinical-geneticist, genetic-counsellor, pathologist, molecular-geneticist, bioinformatician, "
                + "paediatric-oncologist, treating-physician, secretary, administrator.")
        List<String> roles = new java.util.ArrayList<>();

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, login)) {
                Accounts accounts = cli.accounts();
                Set<PanelRole> r = roles(roles);
                User created;
                if (accounts.needsFirstAdministrator()) {
                    char[] p = newPassword();
                    created = accounts.createFirstAdministrator(username, name, r, p);
                    Arrays.fill(p, '\0');
                } else {
                    User admin = cli.user();
                    char[] p = newPassword();
                    created = accounts.createUser(admin, username, name, r, p);
                    Arrays.fill(p, '\0');
                }
                out.println(created.username() + "\t" + codes(created.roles()));
                out.flush();
            }
            return ZenomeCli.OK;
        }

        private char[] newPassword() {
            return UserCommand.newPassword(login, "New password for " + username + ": ");
        }
    }

    /** The new password: asked twice at the console, or the next line of standard input. */
    static char[] newPassword(Login login, String prompt) {
        char[] p = login.password(prompt);
        if (!login.passwordStdin) {
            char[] again = login.password("Repeat the password: ");
            boolean same = Arrays.equals(p, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(p, '\0');
                throw new IllegalArgumentException("the two passwords differ");
            }
        }
        return p;
    }

    @Command(name = "passwd", description = "Change your own password: the current one, then the new one (twice "
            + "at the console; with --password-stdin the current and the new one on two lines). The new password "
            + "has at least " + org.zenome.panel.PasswordPolicy.MIN_LENGTH + " characters, does not contain the "
            + "user name, is not a commonly used one and differs from the current one.")
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Mixin
        Login login;

        @Override
        public Integer call() {
            try (PanelCli cli = PanelCli.open(db, login)) {
                User u = cli.namedUser("whose password changes");
                char[] current = login.password("Current password for " + u.username() + ": ");
                char[] next = null;
                try {
                    next = newPassword(login, "New password for " + u.username() + ": ");
                    cli.accounts().changePassword(u, current, next);
                } finally {
                    Arrays.fill(current, '\0');
                    if (next != null) {
                        Arrays.fill(next, '\0');
                    }
                }
                spec.commandLine().getOut().println("password of " + u.username() + " changed");
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "reset-password", description = "Set a temporary password for a user who forgot theirs (an "
            + "administrator's act): the administrator's password, then the temporary one (twice at the console; "
            + "with --password-stdin on the next line). The user must set their own at the next login.")
    static final class ResetPassword implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Mixin
        Login login;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try (PanelCli cli = PanelCli.open(db, login)) {
                User admin = cli.user();
                char[] temporary = newPassword(login, "Temporary password for " + username + ": ");
                try {
                    cli.accounts().resetPassword(admin, username, temporary);
                } finally {
                    Arrays.fill(temporary, '\0');
                }
                spec.commandLine().getOut().println("password of " + username + " reset; it must be changed at the "
                        + "next login");
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "list", description = "List the users as TSV: username, name, roles, active, created, created_by.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                out.println("username\tname\troles\tactive\tcreated\tcreated_by");
                for (User u : cli.store().users().list()) {
                    out.println(u.username() + "\t" + Tsv.cell(u.displayName()) + "\t" + codes(u.roles()) + "\t"
                            + (u.active() ? "yes" : "no") + "\t" + u.createdAt() + "\t" + u.createdBy());
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "disable", description = "Disable a user (an administrator's act); the records keep the name.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Mixin
        Login login;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return setActive(db, login, username, false);
        }
    }

    @Command(name = "enable", description = "Enable a disabled user again (an administrator's act).")
    static final class Enable implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Mixin
        Login login;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return setActive(db, login, username, true);
        }
    }

    static int setActive(DbOption db, Login login, String username, boolean active) {
        try (PanelCli cli = PanelCli.open(db, login)) {
            User admin = cli.user();
            if (!admin.has(PanelRole.ADMINISTRATOR)) {
                throw new org.zenome.panel.PermissionException(admin.username() + " is not an administrator");
            }
            if (cli.store().users().find(username).isEmpty()) {
                throw new IllegalArgumentException("no user " + username.toLowerCase(Locale.ROOT));
            }
            cli.store().users().setActive(admin.username(), username, active);
        }
        return ZenomeCli.OK;
    }
}
