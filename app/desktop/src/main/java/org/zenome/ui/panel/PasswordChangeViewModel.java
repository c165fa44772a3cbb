package org.zenome.ui.panel;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zenome.panel.Accounts;
import org.zenome.panel.AuthenticationException;
import org.zenome.panel.PasswordPolicy;
import org.zenome.panel.User;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * A user changes their own password: the current one (after an administrator's reset, the temporary one), the
 * new one twice. The password policy is checked before anything is sent to the worker, where the current password
 * is verified and the change is stored and audited.
 */
public final class PasswordChangeViewModel {
    private final TaskExecutor executor;
    private final I18n i18n;
    private final PanelLabels labels;
    private final Accounts accounts;
    private final User user;
    private final boolean required;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param required the administrator reset the password: the user cannot go on without a new one
     */
    public PasswordChangeViewModel(TaskExecutor executor, I18n i18n, Accounts accounts, User user, boolean required) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.labels = new PanelLabels(i18n);
        this.accounts = Objects.requireNonNull(accounts);
        this.user = Objects.requireNonNull(user);
        this.required = required;
    }

    /** Checks and stores the new password on the worker; {@code done} gets the updated user. */
    public void submit(Consumer<User> done) {
        if (busy.get()) {
            return;
        }
        char[] cur = text(current);
        char[] pw = text(next);
        if (!Arrays.equals(pw, text(repeat))) {
            error.set(i18n.get("login.error.repeat"));
            return;
        }
        try {
            PasswordPolicy.checkNew(user.username(), cur, pw);
        } catch (PasswordPolicy.Violation v) {
            error.set(labels.passwordRule(v.rule()));
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.<User>of("change password", ctx -> {
            try {
                return accounts.changePassword(user, cur, pw);
            } finally {
                Arrays.fill(cur, '\0');
                Arrays.fill(pw, '\0');
            }
        }).onSuccess(u -> {
            busy.set(false);
            clear();
            done.accept(u);
        }).onFailure(e -> {
            busy.set(false);
            current.set("");
            error.set(e instanceof AuthenticationException ? i18n.get("password.error.current")
                    : e instanceof PasswordPolicy.Violation v ? labels.passwordRule(v.rule())
                    : UserErrors.describe(e, i18n));
        }));
    }

    private void clear() {
        current.set("");
        next.set("");
        repeat.set("");
    }

    private static char[] text(StringProperty p) {
        return p.get() == null ? new char[0] : p.get().toCharArray();
    }

    public User user() {
        return user;
    }

    public boolean required() {
        return required;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
