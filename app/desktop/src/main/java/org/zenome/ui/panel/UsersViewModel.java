package org.zenome.ui.panel;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.panel.PanelRole;
import org.zenome.panel.Passwords;
import org.zenome.panel.User;
import org.zenome.ui.common.BackgroundTask;

/** User administration (administrators only): the list and creating users. */
public final class UsersViewModel {
    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public UsersViewModel(PanelContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
    }

    public void refresh() {
        ctx.executor().submit(BackgroundTask.<List<User>>of("list users", c -> ctx.store().users().list())
                .onSuccess(users::setAll).onFailure(e -> message.set(ctx.describe(e))));
    }

    public void create(String username, String name, Set<PanelRole> roles, String password, String repeat) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            message.set(i18n.get("login.error.short", Passwords.MIN_LENGTH));
            return;
        }
        try {
            org.zenome.panel.PasswordPolicy.check(username == null ? null : username.strip(), password.toCharArray());
        } catch (org.zenome.panel.PasswordPolicy.Violation v) {
            message.set(ctx.labels().passwordRule(v.rule()));
            return;
        }
        if (!password.equals(repeat)) {
            message.set(i18n.get("login.error.repeat"));
            return;
        }
        User me = ctx.session().user();
        char[] pw = password.toCharArray();
        ctx.executor().submit(BackgroundTask.of("create user", c -> ctx.accounts().createUser(me, username, name,
                roles, pw)).onSuccess(u -> {
                    message.set(i18n.get("panel.users.created", u.username()));
                    refresh();
                }).onFailure(e -> message.set(ctx.describe(e))));
    }

    /**
     * The administrator sets a temporary password for a user who forgot theirs; the user sets their own at the
     * next login.
     */
    public void resetPassword(User u, String temporary, String repeat) {
        User me = ctx.session().user();
        if (u == null) {
            message.set(i18n.get("panel.users.choose"));
            return;
        }
        if (temporary == null || !temporary.equals(repeat)) {
            message.set(i18n.get("login.error.repeat"));
            return;
        }
        char[] pw = temporary.toCharArray();
        try {
            org.zenome.panel.PasswordPolicy.check(u.username(), pw);
        } catch (org.zenome.panel.PasswordPolicy.Violation v) {
            message.set(ctx.labels().passwordRule(v.rule()));
            return;
        }
        ctx.executor().submit(BackgroundTask.of("reset password", c -> {
            try {
                return ctx.accounts().resetPassword(me, u.username(), pw);
            } finally {
                java.util.Arrays.fill(pw, '\0');
            }
        }).onSuccess(x -> {
            message.set(i18n.get("panel.users.reset", x.username()));
            refresh();
        }).onFailure(e -> message.set(ctx.describe(e))));
    }

    public void setActive(User u, boolean active) {
        User me = ctx.session().user();
        if (u == null || !me.has(PanelRole.ADMINISTRATOR)) {
            return;
        }
        ctx.executor().submit(BackgroundTask.of("change user", c -> {
            ctx.store().users().setActive(me.username(), u.username(), active);
            return null;
        }).onSuccess(x -> refresh()).onFailure(e -> message.set(ctx.describe(e))));
    }

    public ObservableList<User> users() {
        return users;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public PanelContext context() {
        return ctx;
    }
}
