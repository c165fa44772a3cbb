package org.zenome.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.zenome.importer.InvalidInputException;
import org.zenome.panel.Accounts;
import org.zenome.panel.AuthenticationException;
import org.zenome.panel.CirculationRules;
import org.zenome.panel.Meeting;
import org.zenome.panel.PanelService;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.store.CaseStore;

/**
 * What the panel sub-commands ({@code user}, {@code meeting}, {@code case}, {@code audit}) share: the store
 * opened from {@code --db}, the user logged in from {@code --user} and the password, the accounts and the
 * panel service over that store. Open it in a try-with-resources; the user logs in on first use, so a
 * command that only reads never asks for a password.
 */
final class PanelCli implements AutoCloseable {
    private final DbOption db;
    private final CaseStore store;
    private final Login login;
    private final QuorumRules rules;
    private Accounts accounts;
    private PanelService service;
    private User user;

    private PanelCli(DbOption db, CaseStore store, Login login, QuorumRules rules) {
        this.db = db;
        this.store = store;
        this.login = login;
        this.rules = rules;
    }

    /** Opens the store of {@code --db} with the built-in quorum rules; {@code login} may be null (read-only use). */
    static PanelCli open(DbOption db, Login login) {
        return open(db, login, QuorumRules.builtIn());
    }

    /** Opens the store with the given quorum rules (load them first with {@link #rules(Path)}). */
    static PanelCli open(DbOption db, Login login, QuorumRules rules) {
        return new PanelCli(db, db.open(), login, rules);
    }

    /**
     * The quorum rules of {@code --rules FILE}, or the built-in ones when null. A missing or malformed file is
     * invalid input (exit code 3) naming the file and the problem.
     */
    static QuorumRules rules(Path rulesFile) throws InvalidInputException {
        if (rulesFile == null) {
            return QuorumRules.builtIn();
        }
        try {
            return QuorumRules.load(rulesFile);
        } catch (IOException e) {
            throw new InvalidInputException(rulesFile.toString(), 0, "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            String prefix = rulesFile + ": ";
            throw new InvalidInputException(rulesFile.toString(), 0, e.getMessage().startsWith(prefix)
                    ? e.getMessage().substring(prefix.length()) : e.getMessage(), null);
        }
    }

    CaseStore store() {
        return store;
    }

    Accounts accounts() {
        if (accounts == null) {
            accounts = new Accounts(store.users());
        }
        return accounts;
    }

    /**
     * The panel service, with the circulation rules of the database ({@code circulation-rules.json} beside the
     * database file, else the built-in ones); a malformed rules file is invalid input (exit code 3).
     */
    PanelService service() throws InvalidInputException {
        if (service == null) {
            service = new PanelService(store, accounts(), rules, circulationRules(db), java.time.Clock.systemDefaultZone());
        }
        return service;
    }

    /** The circulation rules in force for the database of {@code --db} (see {@link CirculationRules#forDatabase}). */
    static CirculationRules circulationRules(DbOption db) throws InvalidInputException {
        String where = db.location();
        Path database = org.zenome.store.jdbc.StoreOpener.isServer(where)
                ? org.zenome.store.StoreLocations.userDataDirectory().resolve("zenome.db") : Path.of(where);
        Path file = CirculationRules.localFile(database);
        try {
            return CirculationRules.forDatabase(database);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, "cannot read: " + e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            String prefix = file + ": ";
            throw new InvalidInputException(file.toString(), 0, e.getMessage().startsWith(prefix)
                    ? e.getMessage().substring(prefix.length()) : e.getMessage(), null);
        }
    }

    /** True when {@code --user} was given. */
    boolean hasUser() {
        return login != null && login.user != null;
    }

    /** The logged-in user (the password is asked for on the first call). */
    User user() {
        if (user == null) {
            if (login == null) {
                throw new IllegalStateException("this command has no --user option");
            }
            user = login.login(store);
        }
        return user;
    }

    /**
     * The account named by {@code --user} without asking for the password yet (sign-off asks for it itself);
     * an unknown name fails like a wrong password.
     */
    User namedUser(String why) {
        if (!hasUser()) {
            throw new IllegalArgumentException("--user NAME is required: " + why);
        }
        return store.users().find(login.user).orElseThrow(() -> new AuthenticationException(
                "wrong user name or password"));
    }

    Login login() {
        return login;
    }

    Meeting meeting(long id) {
        return store.meetings().find(id).orElseThrow(() -> new IllegalArgumentException("no meeting " + id));
    }

    @Override
    public void close() {
        store.close();
    }
}
