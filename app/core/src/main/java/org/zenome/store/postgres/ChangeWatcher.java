package org.zenome.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.store.StoreChange;

/**
 * Listens on {@link PostgresCaseStore#CHANNEL} on a connection of its own and hands each announced act of another
 * application instance to the listener (the acts of this instance's own connection are skipped). Reconnects after a
 * lost connection (the server restarted, the network dropped) and goes on.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostgresCaseStore store;
    private final Consumer<StoreChange> listener;
    private final IntSupplier ownPid;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    ChangeWatcher(PostgresCaseStore store, Consumer<StoreChange> listener, IntSupplier ownPid) {
        this.store = store;
        this.listener = listener;
        this.ownPid = ownPid;
        this.thread = new Thread(this::run, "zenome-store-changes");
        thread.setDaemon(true);
    }

    /** Starts listening; returns once the LISTEN is in place (acts committed after this are seen). */
    ChangeWatcher start() throws SQLException {
        connection = listen();
        thread.start();
        return this;
    }

    private Connection listen() throws SQLException {
        Connection c = store.connect();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PostgresCaseStore.CHANNEL);
        }
        return c;
    }

    private void run() {
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                }
                PGNotification[] ns = connection.unwrap(PGConnection.class).getNotifications(1000);
                if (ns == null) {
                    continue;
                }
                int own = ownPid.getAsInt();
                for (PGNotification n : ns) {
                    if (n.getPID() == own) {
                        continue;
                    }
                    JsonNode j = JSON.readTree(n.getParameter());
                    StoreChange change = new StoreChange(j.path("seq").asLong(),
                            j.path("case_id").isNull() ? null : j.path("case_id").asText(null),
                            j.path("action").asText(""), j.path("actor").asText(""));
                    try {
                        listener.accept(change);
                    } catch (RuntimeException e) {
                        LOG.warn("A change listener failed", e);
                    }
                }
            } catch (SQLException | java.io.IOException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warn("Lost the change notifications of {} ({}); reconnecting", store.location(), e.getMessage());
                PostgresCaseStore.closeQuietly(connection);
                connection = null;
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PostgresCaseStore.closeQuietly(connection);
    }
}
