package org.zenome.ui.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.store.BackupManifest;
import org.zenome.store.BackupSchedule;
import org.zenome.store.EncryptedStoreBackup;
import org.zenome.store.StoreBackup;
import org.zenome.store.WrongPassphraseException;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.TaskHandle;
import org.zenome.ui.common.UserErrors;

/**
 * Settings → Backups (administrators): the backups in the backup folder (time, size, cases, who made it, whether
 * their checksums, database and audit log verify), the scheduled-backup setting, "Back up now" and "Restore". Every
 * backup is checked in the background when the page opens; a restore checks its backup again, then hands over to
 * the application ({@link Restorer}), which closes the store, restores with the same rules as {@code zenome restore}
 * and reopens on the restored store.
 */
public final class BackupsViewModel {
    /** Restores a checked backup into the open store's place and reopens the application on it. */
    @FunctionalInterface
    public interface Restorer {
        /**
         * Starts the restore (FX thread). The application closes this page; {@code failed} is called (FX thread)
         * with a message when nothing was restored.
         */
        void restore(Path folder, BackupManifest backup, StoreBackup using, java.util.function.Consumer<String> failed);
    }

    /** The check of a backup. */
    public enum Check { NOT_CHECKED, CHECKING, VERIFIED, CHECKSUMS_VERIFIED, DAMAGED }

    /** One backup of the list. */
    public static final class Row {
        private final Path folder;
        private final BackupManifest manifest;
        private final boolean encrypted;
        private final ObjectProperty<Check> check = new SimpleObjectProperty<>(Check.NOT_CHECKED);
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

        Row(Path folder, BackupManifest manifest) {
            this.folder = folder;
            this.manifest = manifest;
            this.encrypted = EncryptedStoreBackup.isEncrypted(folder);
        }

        /** Encrypted with an administrator's passphrase ({@code zenome backup --encrypt} or this page). */
        public boolean encrypted() {
            return encrypted;
        }

        public Path folder() {
            return folder;
        }

        /** Its manifest; null when unreadable (then {@link #check} is DAMAGED). */
        public BackupManifest manifest() {
            return manifest;
        }

        public ObjectProperty<Check> checkProperty() {
            return check;
        }

        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    /** Shortest passphrase for a new encrypted backup (as {@code zenome backup --encrypt}). */
    public static final int MIN_PASSPHRASE = 12;

    private final TaskExecutor executor;
    private final I18n i18n;
    private final Formats formats;
    private final Path folder;
    private final int keep;
    private final StoreBackup backup;
    private final Path staging;
    private final String schedule;
    private final Supplier<String> user;
    private final Restorer restorer;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty encrypt = new SimpleBooleanProperty(false);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseRepeat = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final List<TaskHandle> checks = new ArrayList<>();
    private boolean disposed;

    /**
     * @param folder   the backup folder (the administrator's {@code backup.dir}, else {@code backups/} in the user
     *                 data directory, as {@code zenome backup})
     * @param keep     how many backups the folder keeps (0: all)
     * @param staging  where encrypted backups are made and decrypted in clear (beside the store)
     * @param schedule the scheduled-backup setting, as the page shows it
     * @param user     who is logged in (recorded as the maker of a backup)
     */
    public BackupsViewModel(TaskExecutor executor, I18n i18n, Formats formats, Path folder, int keep,
                            StoreBackup backup, Path staging, String schedule, Supplier<String> user,
                            Restorer restorer) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.formats = Objects.requireNonNull(formats);
        this.folder = Objects.requireNonNull(folder);
        this.keep = keep;
        this.backup = Objects.requireNonNull(backup);
        this.staging = Objects.requireNonNull(staging);
        this.schedule = Objects.requireNonNull(schedule);
        this.user = Objects.requireNonNull(user);
        this.restorer = Objects.requireNonNull(restorer);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String schedule() {
        return schedule;
    }

    public Path folder() {
        return folder;
    }

    /** Whether "Back up now" encrypts (with {@link #passphraseProperty()}, typed twice). */
    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseRepeatProperty() {
        return passphraseRepeat;
    }

    private BackupSchedule schedule(StoreBackup using) {
        return new BackupSchedule(using, folder, java.time.Duration.ofDays(1), keep, java.time.Clock.systemUTC());
    }

    // ---------------------------------------------------------------- texts of a row

    public String time(Row r) {
        return r.manifest == null ? r.folder.getFileName().toString() : formats.dateTime(r.manifest.created());
    }

    public String size(Row r) {
        return r.manifest == null ? "" : bytes(r.manifest.bytes());
    }

    public String cases(Row r) {
        return r.manifest == null ? "" : formats.count(r.manifest.cases());
    }

    public String madeBy(Row r) {
        if (r.manifest == null || r.manifest.madeBy().isEmpty()) {
            return i18n.get("backups.madeBy.unknown");
        }
        return BackupManifest.SCHEDULE.equals(r.manifest.madeBy()) ? i18n.get("backups.madeBy.schedule")
                : r.manifest.madeBy();
    }

    public String encrypted(Row r) {
        return r.encrypted ? i18n.get("backups.encrypted.yes") : "";
    }

    public String check(Row r) {
        return switch (r.check.get()) {
            case NOT_CHECKED -> i18n.get("backups.check.notChecked");
            case CHECKING -> i18n.get("backups.check.checking");
            case VERIFIED -> i18n.get("backups.check.verified");
            case CHECKSUMS_VERIFIED -> i18n.get("backups.check.checksumsVerified");
            case DAMAGED -> i18n.get("backups.check.damaged");
        };
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    // ---------------------------------------------------------------- actions

    /** Lists the backups (newest first), then checks each in turn. */
    public void refresh() {
        error.set("");
        executor.submit(BackgroundTask.of("list backups", c -> {
            List<Row> found = new ArrayList<>();
            for (Path p : schedule(backup).backups()) {
                try {
                    found.add(new Row(p, BackupManifest.read(p.resolve(BackupManifest.FILE_NAME))));
                } catch (RuntimeException e) {
                    Row r = new Row(p, null);
                    r.check.set(Check.DAMAGED);
                    r.problem.set(e.getMessage());
                    found.add(r);
                }
            }
            return found;
        }).onSuccess(found -> {
            Path keep = selected.get() == null ? null : selected.get().folder;
            rows.setAll(found);
            status.set(found.isEmpty() ? i18n.get("backups.none", folder)
                    : i18n.get("backups.count", found.size(), folder));
            found.stream().filter(r -> r.folder.equals(keep)).findFirst().ifPresent(selected::set);
            found.stream().filter(r -> r.check.get() == Check.NOT_CHECKED).forEach(this::verify);
        }).onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    /** Checks one backup: checksums, database integrity, audit log. */
    public void verify(Row r) {
        if (disposed || r.manifest == null) {
            return;
        }
        r.check.set(Check.CHECKING);
        checks.add(executor.submit(BackgroundTask.of("verify backup", c -> {
            if (c.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (r.encrypted) {
                // without the passphrase only the checksums can be checked; the rest is checked at restore
                EncryptedStoreBackup.checkChecksums(r.folder);
                return Check.CHECKSUMS_VERIFIED;
            }
            backup.verify(r.folder);
            return Check.VERIFIED;
        }).onSuccess(r.check::set).onFailure(e -> {
            r.problem.set(UserErrors.describe(e, i18n));
            r.check.set(Check.DAMAGED);
        }).onCancelled(() -> r.check.set(Check.NOT_CHECKED))));
    }

    /** Takes a backup now into the folder (recorded as made by the logged-in user). */
    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        error.set("");
        StoreBackup using = backup;
        EncryptedStoreBackup encrypted = null;
        if (encrypt.get()) {
            String p = passphrase.get() == null ? "" : passphrase.get();
            if (!p.equals(passphraseRepeat.get())) {
                error.set(i18n.get("backups.passphrase.differ"));
                return;
            }
            if (p.length() < MIN_PASSPHRASE) {
                error.set(i18n.get("backups.passphrase.short", MIN_PASSPHRASE));
                return;
            }
            char[] chars = p.toCharArray();
            encrypted = new EncryptedStoreBackup(backup, staging, chars, true);
            java.util.Arrays.fill(chars, '\0');
            using = encrypted;
            passphrase.set("");
            passphraseRepeat.set("");
        }
        busy.set(true);
        status.set(i18n.get("backups.running", folder));
        long t0 = System.nanoTime();
        StoreBackup with = using;
        EncryptedStoreBackup toClose = encrypted;
        executor.submit(BackgroundTask.of("back up now", c -> {
            try {
                return schedule(with).runNow(user.get());
            } finally {
                if (toClose != null) {
                    toClose.close();
                }
            }
        }).onSuccess(p -> {
            busy.set(false);
            status.set(i18n.get("backups.done", p.getFileName(), (System.nanoTime() - t0) / 1_000_000_000.0));
            refreshKeepingStatus();
        }).onFailure(e -> {
            busy.set(false);
            status.set("");
            error.set(i18n.get("backups.failed", UserErrors.describe(e, i18n)));
        }));
    }

    private void refreshKeepingStatus() {
        String s = status.get();
        refresh();
        // the list's count replaces the status once listed; the result of the backup stays in front
        status.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String old, String now) {
                status.removeListener(this);
                status.set(s + "  " + now);
            }
        });
    }

    /**
     * Restores the selected backup (after the page's confirmation): checks it again, then hands over to the
     * application, which closes the store, restores and asks the user to log in on the restored store.
     */
    public void restore(Row r) {
        restore(r, null);
    }

    /** As {@link #restore(Row)}, with the passphrase of an encrypted backup (cleared here). */
    public void restore(Row r, char[] passphrase) {
        if (busy.get() || r == null || r.manifest == null) {
            return;
        }
        error.set("");
        StoreBackup using = backup;
        if (r.encrypted) {
            if (passphrase == null || passphrase.length == 0) {
                error.set(i18n.get("backups.passphrase.needed"));
                return;
            }
            using = new EncryptedStoreBackup(backup, staging, passphrase, false);
            java.util.Arrays.fill(passphrase, '\0');
        }
        busy.set(true);
        status.set(i18n.get("backups.restore.checking", time(r)));
        StoreBackup with = using;
        executor.submit(BackgroundTask.of("check backup before restore", c -> with.verify(r.folder)).onSuccess(m -> {
            r.check.set(Check.VERIFIED);
            status.set(i18n.get("backups.restore.running", time(r)));
            restorer.restore(r.folder, m, with, problem -> {
                busy.set(false);
                status.set("");
                error.set(problem);
            });
        }).onFailure(e -> {
            busy.set(false);
            status.set("");
            if (with instanceof EncryptedStoreBackup enc) {
                enc.close();
            }
            if (e instanceof WrongPassphraseException) {
                error.set(i18n.get("backups.passphrase.wrong"));
                return;
            }
            r.check.set(Check.DAMAGED);
            r.problem.set(UserErrors.describe(e, i18n));
            error.set(i18n.get("backups.restore.refused", UserErrors.describe(e, i18n)));
        }));
    }

    /** Stops the checks still waiting (the page closed). */
    public void dispose() {
        disposed = true;
        checks.forEach(TaskHandle::cancel);
        checks.clear();
    }
}
