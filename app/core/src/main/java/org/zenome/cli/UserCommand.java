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
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zenome user add|list|disable|enable}: local user accounts. */
@Command(name = "user", description = "Manage the local user accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
            UserCommand.Enable.class})
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
            try (CaseStore store = db.open()) {
                Accounts accounts = new Accounts(store.users());
                Set<PanelRole> r = roles(roles);
                User created;
                if (accounts.needsFirstAdministrator()) {
                    char[] p = newPassword();
                    created = accounts.createFirstAdministrator(username, name, r, p);
                    Arrays.fill(p, '\0');
                } else {
                    User admin = login.login(store);
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
            char[] p = login.password("New password for " + username + ": ");
            if (!login.passwordStdin) {
                char[] again = login.password("Repeat the password: ");
                if (!Arrays.equals(p, again)) {
                    throw new IllegalArgumentException("the two passwords differ");
                }
            }
            return p;
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
            try (CaseStore store = db.open()) {
                out.println("username\tname\troles\tactive\tcreated\tcreated_by");
                for (User u : store.users().list()) {
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
        try (CaseStore store = db.open()) {
            User admin = login.login(store);
            if (!admin.has(PanelRole.ADMINISTRATOR)) {
                throw new org.zenome.panel.PermissionException(admin.username() + " is not an administrator");
            }
            if (store.users().find(username).isEmpty()) {
                throw new IllegalArgumentException("no user " + username.toLowerCase(Locale.ROOT));
            }
            store.users().setActive(admin.username(), username, active);
        }
        return ZenomeCli.OK;
    }
}
