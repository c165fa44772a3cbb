package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.cli.ZenomeCli;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Passwords: the policy, a user changing their own (with the current one), an administrator's reset that forces
 * a change at the next login, all audited without the hash; the same on the command line.
 */
class AccountsTest {
    private static final String PW = "correct horse battery";
    @TempDir
    Path dir;
    private Path db;
    private SqliteCaseStore store;
    private Accounts accounts;
    private InputStream stdin;

    @BeforeEach
    void setUp() {
        stdin = System.in;
        db = dir.resolve("users.db");
        store = SqliteCaseStore.open(db);
        accounts = PanelFixture.users(store);
    }

    @AfterEach
    void tearDown() {
        System.setIn(stdin);
        store.close();
    }

    @Test
    void thePolicyNamesTheRuleBroken() {
        assertThat(rule("gen", "short")).isEqualTo(PasswordPolicy.Rule.TOO_SHORT);
        assertThat(rule("gen", "          ")).isEqualTo(PasswordPolicy.Rule.BLANK);
        assertThat(rule("gen", "aaaaaaaaaa")).isEqualTo(PasswordPolicy.Rule.REPEATED_CHARACTER);
        assertThat(rule("tanaka", "my-Tanaka-2026")).isEqualTo(PasswordPolicy.Rule.CONTAINS_USERNAME);
        assertThat(rule("gen", "Password123")).isEqualTo(PasswordPolicy.Rule.COMMON);
        assertThat(rule("gen", PW)).isNull();
        assertThatThrownBy(() -> PasswordPolicy.checkNew("gen", PW.toCharArray(), PW.toCharArray()))
                .isInstanceOfSatisfying(PasswordPolicy.Violation.class, v -> assertThat(v.rule())
                        .isEqualTo(PasswordPolicy.Rule.SAME_AS_CURRENT));
        // creating a user applies it too
        User admin = store.users().find("admin").orElseThrow();
        assertThatThrownBy(() -> accounts.createUser(admin, "suzuki", "Dr Suzuki",
                java.util.EnumSet.of(PanelRole.PATHOLOGIST), "suzuki-path-1".toCharArray()))
                .hasMessageContaining("must not contain the user name");
    }

    private static PasswordPolicy.Rule rule(String user, String password) {
        try {
            PasswordPolicy.check(user, password.toCharArray());
            return null;
        } catch (PasswordPolicy.Violation v) {
            return v.rule();
        }
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        User gen = store.users().find("gen").orElseThrow();
        String before = store.users().passwordHash("gen").orElseThrow();
        assertThatThrownBy(() -> accounts.changePassword(gen, "wrong password".toCharArray(),
                "a new long secret".toCharArray())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> accounts.changePassword(gen, PW.toCharArray(), "12345678".toCharArray()))
                .isInstanceOf(PasswordPolicy.Violation.class);
        assertThat(store.users().passwordHash("gen").orElseThrow()).isEqualTo(before);

        accounts.changePassword(gen, PW.toCharArray(), "a new long secret".toCharArray());
        assertThat(store.users().passwordHash("gen").orElseThrow()).startsWith("$argon2id$").isNotEqualTo(before);
        assertThatThrownBy(() -> accounts.authenticate("gen", PW.toCharArray()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(accounts.authenticate("gen", "a new long secret".toCharArray()).username()).isEqualTo("gen");
        AuditEntry e = last("user.password");
        assertThat(e.actor()).isEqualTo("gen");
        assertThat(e.entityId()).isEqualTo("gen");
        assertThat(e.before() + e.after()).doesNotContain("argon2").doesNotContain("secret");
    }

    @Test
    void anAdministratorResetsAForgottenPasswordAndTheUserMustChangeIt() {
        User admin = store.users().find("admin").orElseThrow();
        User sec = store.users().find("sec").orElseThrow();
        assertThatThrownBy(() -> accounts.resetPassword(sec, "gen", "temporary pass 1".toCharArray()))
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> accounts.resetPassword(admin, "nobody", "temporary pass 1".toCharArray()))
                .hasMessageContaining("no user nobody");
        User reset = accounts.resetPassword(admin, "gen", "temporary pass 1".toCharArray());
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(last("user.password.reset").actor()).isEqualTo("admin");
        User gen = accounts.authenticate("gen", "temporary pass 1".toCharArray());
        assertThat(gen.mustChangePassword()).isTrue();
        User changed = accounts.changePassword(gen, "temporary pass 1".toCharArray(), "my own passphrase".toCharArray());
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @Test
    void theCommandLineChangesAndResetsPasswords() {
        store.close();
        String d = db.toString();
        // the administrator resets gen's password; gen's next command is refused until gen sets their own
        assertThat(run(PW + "\ntemporary pass 1\n", "user", "reset-password", "--db", d, "--user", "admin",
                "--password-stdin", "gen")).isZero();
        assertThat(out).contains("password of gen reset");
        assertThat(run("temporary pass 1\n", "meeting", "create", "--db", d, "--user", "gen", "--password-stdin",
                "--at", "2026-12-10T17:00", "--format", "online", "--area", "cancer", "--chair", "chair"))
                .isEqualTo(1);
        assertThat(err).contains("the administrator reset the password of gen").contains("zenome user passwd");
        assertThat(run("temporary pass 1\ntemporary pass 1\n", "user", "passwd", "--db", d, "--user", "gen",
                "--password-stdin")).isEqualTo(2);
        assertThat(err).contains("must differ from the current one");
        assertThat(run("wrong password\nmy own passphrase\n", "user", "passwd", "--db", d, "--user", "gen",
                "--password-stdin")).isEqualTo(1);
        assertThat(run("temporary pass 1\nmy own passphrase\n", "user", "passwd", "--db", d, "--user", "gen",
                "--password-stdin")).as(err).isZero();
        assertThat(out).isEqualTo("password of gen changed\n");
        // logged in with the new password: the command gets past the login (and fails on the missing meeting)
        assertThat(run("my own passphrase\n", "meeting", "check", "--db", d, "--user", "gen", "--password-stdin",
                "--meeting", "99")).isEqualTo(2);
        assertThat(err).contains("no meeting 99");
        // only an administrator resets
        assertThat(run(PW + "\ntemporary pass 2\n", "user", "reset-password", "--db", d, "--user", "sec",
                "--password-stdin", "gen")).isEqualTo(1);
        assertThat(err).contains("not an administrator");
        store = SqliteCaseStore.open(db);
    }

    private String out;
    private String err;

    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private AuditEntry last(String action) {
        return store.audit().list(null, null, null, null).stream().filter(e -> e.action().equals(action))
                .reduce((a, b) -> b).orElseThrow();
    }
}
