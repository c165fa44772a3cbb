package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;
import org.zenome.store.StoreException;
import org.zenome.store.UserRepository;

/** Users in the main database. */
final class SqliteUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, display_name, roles, active, created_at, created_by, "
            + "must_change_password";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteUserRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public long count() {
        return store.reading("count users", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM app_user")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<User> list() {
        return store.reading("list users", c -> {
            List<User> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username")) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<User> find(String username) {
        return store.reading("read user", c -> find(c, username));
    }

    static Optional<User> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE username=?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return store.reading("read user", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user WHERE username=?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public User create(String actor, String username, String displayName, Set<PanelRole> roles, String passwordHash) {
        return store.inTransaction("create user " + username, c -> insert(c, actor, username, displayName, roles,
                passwordHash));
    }

    @Override
    public User createFirstAdministrator(String username, String displayName, Set<PanelRole> roles,
                                         String passwordHash) {
        Set<PanelRole> all = EnumSet.of(PanelRole.ADMINISTRATOR);
        all.addAll(roles);
        return store.inTransaction("create the administrator", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM app_user")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw new StoreException(store.location() + ": users exist already; the administrator creates "
                            + "further users");
                }
            }
            return insert(c, username, username, displayName, all, passwordHash);
        });
    }

    private User insert(Connection c, String actor, String username, String displayName, Set<PanelRole> roles,
                        String passwordHash) throws SQLException {
        if (find(c, username).isPresent()) {
            throw new StoreException("user " + username + " exists already in " + store.location());
        }
        String now = Instant.now().toString();
        String roleText = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, "
                + "roles, active, created_at, created_by) VALUES (?,?,?,?,1,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, passwordHash);
            ps.setString(4, roleText);
            ps.setString(5, now);
            ps.setString(6, actor);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        SqliteAuditRepository.append(c, actor, new AuditEvent("user.create", "user", username, null, null,
                AuditJson.of("username", username, "name", displayName, "roles", roleText, "active", true)));
        return find(c, username).orElseThrow();
    }

    @Override
    public void setActive(String actor, String username, boolean active) {
        store.inTransaction("change user " + username, c -> {
            User before = find(c, username).orElseThrow(() -> new StoreException("no user " + username + " in "
                    + store.location()));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_user SET active=?, version=version+1 WHERE username=?")) {
                ps.setInt(1, active ? 1 : 0);
                ps.setString(2, username);
                ps.executeUpdate();
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent(active ? "user.activate" : "user.deactivate", "user",
                    username, null, AuditJson.of("active", before.active()), AuditJson.of("active", active)));
            return null;
        });
    }

    @Override
    public void setPasswordHash(String actor, String username, String passwordHash) {
        writePassword(actor, username, passwordHash, false);
    }

    @Override
    public void resetPassword(String actor, String username, String passwordHash) {
        writePassword(actor, username, passwordHash, true);
    }

    private void writePassword(String actor, String username, String passwordHash, boolean reset) {
        store.inTransaction("change the password of " + username, c -> {
            User before = find(c, username).orElseThrow(() -> new StoreException("no user " + username + " in "
                    + store.location()));
            String now = Instant.now().toString();
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash=?, "
                    + "must_change_password=?, password_changed_at=?, version=version+1 WHERE username=?")) {
                ps.setString(1, passwordHash);
                ps.setInt(2, reset ? 1 : 0);
                ps.setString(3, now);
                ps.setString(4, username);
                ps.executeUpdate();
            }
            // the hash itself is not logged: only that the password changed, by whom, and whether it must change
            SqliteAuditRepository.append(c, actor, new AuditEvent(reset ? "user.password.reset" : "user.password",
                    "user", username, null, AuditJson.of("mustChange", before.mustChangePassword()),
                    AuditJson.of("mustChange", reset, "changedAt", now)));
            return null;
        });
    }

    private static User read(ResultSet rs) throws SQLException {
        Set<PanelRole> roles = EnumSet.noneOf(PanelRole.class);
        for (String r : rs.getString(4).split(",")) {
            if (!r.isBlank()) {
                roles.add(PanelRole.valueOf(r));
            }
        }
        return new User(rs.getLong(1), rs.getString(2), rs.getString(3), roles, rs.getInt(5) == 1,
                Instant.parse(rs.getString(6)), rs.getString(7), rs.getInt(8) == 1);
    }
}
