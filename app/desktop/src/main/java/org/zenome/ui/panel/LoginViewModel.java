package org.zenome.ui.panel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zenome.panel.Accounts;
import org.zenome.panel.AuthenticationException;
import org.zenome.panel.PanelRole;
import org.zenome.panel.Passwords;
import org.zenome.panel.User;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * Login at start: on a database without users it creates the administrator (first start), otherwise it
 * checks user name and password; in unlock mode only the password of the session's user.
 */
public final class LoginViewModel {
    /** What the dialog is for. */
    public enum Mode {
        FIRST_ADMINISTRATOR, LOGIN, UNLOCK
    }

    private final TaskExecutor executor;
    private final I18n i18n;
    private final Accounts accounts;
    private final Mode mode;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final BooleanProperty alsoPanelMember = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(TaskExecutor executor, I18n i18n, Accounts accounts, Mode mode, User sessionUser) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.accounts = Objects.requireNonNull(accounts);
        this.mode = mode;
        if (sessionUser != null) {
            username.set(sessionUser.username());
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Checks the entries and logs in (or creates the administrator) on the worker; {@code done} gets the user. */
    public void submit(Consumer<User> done) {
        if (busy.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        char[] pw = password.get() == null ? new char[0] : password.get().toCharArray();
        if (name.isEmpty()) {
            error.set(i18n.get("login.error.username"));
            return;
        }
        if (mode == Mode.FIRST_ADMINISTRATOR) {
            if (pw.length < Passwords.MIN_LENGTH) {
                error.set(i18n.get("login.error.short", Passwords.MIN_LENGTH));
                return;
            }
            try {
                org.zenome.panel.PasswordPolicy.check(name, pw);
            } catch (org.zenome.panel.PasswordPolicy.Violation v) {
                error.set(new PanelLabels(i18n).passwordRule(v.rule()));
                return;
            }
            if (!password.get().equals(repeat.get())) {
                error.set(i18n.get("login.error.repeat"));
                return;
            }
        }
        busy.set(true);
        error.set("");
        String display = displayName.get();
        boolean member = alsoPanelMember.get();
        executor.submit(BackgroundTask.<User>of("login", ctx -> {
            try {
                return switch (mode) {
                    case FIRST_ADMINISTRATOR -> accounts.createFirstAdministrator(name, display,
                            member ? EnumSet.of(PanelRole.SECRETARY) : EnumSet.noneOf(PanelRole.class), pw);
                    case LOGIN, UNLOCK -> accounts.authenticate(name, pw);
                };
            } finally {
                Arrays.fill(pw, '\0');
            }
        }).onSuccess(u -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            done.accept(u);
        }).onFailure(e -> {
            busy.set(false);
            password.set("");
            error.set(e instanceof AuthenticationException ? i18n.get("login.error.wrong")
                    : e instanceof org.zenome.panel.PasswordPolicy.Violation v
                    ? new PanelLabels(i18n).passwordRule(v.rule()) : UserErrors.describe(e, i18n));
        }));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** First start: the administrator is also the panel secretary. */
    public BooleanProperty alsoSecretaryProperty() {
        return alsoPanelMember;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
