package org.zenome.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.config.Settings;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreLocations;
import org.zenome.panel.Accounts;
import org.zenome.panel.PanelService;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.FxTaskExecutor;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;
import org.zenome.ui.panel.LoginDialog;
import org.zenome.ui.panel.LoginViewModel;
import org.zenome.ui.panel.PanelContext;
import org.zenome.ui.panel.PanelLabels;
import org.zenome.ui.panel.PanelWindow;
import org.zenome.ui.panel.Session;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The desktop application and its composition root: creates the worker executor, opens the case store on
 * it, and wires the view models and views with constructors. Parameters: {@code --db FILE} (else
 * {@code ZENOME_DB}, else the user data directory) and {@code --lang ja|en} (else the user's preference, else
 * the administrator's default language, else the OS language; see org.zenome.config).
 */
public class ZenomeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ZenomeApp.class);
    /** System property: start up to the first window, then exit (the installers' class-data training). */
    static final String TRAIN_START = "zenome.train.start";
    /** Japanese-capable fonts, best first; the first one installed becomes the UI font. */
    static final List<String> FONT_STACK = List.of("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic",
            "IPAGothic", "Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
            "TakaoPGothic", "VL PGothic");

    private final Backend backend;
    private ExecutorService worker;
    private TaskExecutor executor;
    private Path database;
    /** The store's location as given (file path or server URL). */
    private String location;
    /** Acts of other workstations on a shared store (PostgreSQL), refreshing what is open. */
    private AutoCloseable storeChanges;
    private CaseStore store;
    private Throwable openError;
    private Locale locale;
    private Settings settings;
    private Stage stage;
    private MainViewModel mainViewModel;
    private MainWindow mainWindow;
    /** Serves the open cases' files to the genome browser; its socket opens on first use, closed at exit. */
    private final org.zenome.browser.LoopbackFileServer browserFiles = new org.zenome.browser.LoopbackFileServer();
    private Accounts accounts;
    private Session session;
    private LoginDialog loginDialog;
    private PanelWindow panelWindow;
    private org.zenome.ui.panel.PasswordChangeDialog passwordDialog;
    private javafx.animation.Timeline idleTimer;
    private int idleMinutes = 10;
    private org.zenome.store.BackupSchedule backupSchedule;
    private java.util.concurrent.ScheduledExecutorService backupThread;
    /** Runs the backups page's work (back up now, checks) beside the worker. */
    private TaskExecutor backupUi;
    private org.zenome.ui.backup.BackupsWindow backupsWindow;

    public ZenomeApp() {
        this(new CoreBackend());
    }

    public ZenomeApp(Backend backend) {
        this.backend = Objects.requireNonNull(backend);
    }

    @Override
    public void init() throws Exception {
        Parameters parameters = getParameters();
        String dbOption = option(parameters, "db");
        String lang = option(parameters, "lang");
        settings = Settings.load();
        settings.problems().forEach(LOG::warn);
        // --lang, else the user's choice (menu), else the administrator's default, else the OS language
        locale = lang != null ? Locale.forLanguageTag(lang) : settings.language().orElse(Locale.getDefault());
        String idle = option(parameters, "idle-minutes");
        if (idle != null) {
            idleMinutes = Math.max(1, Integer.parseInt(idle));
        }
        // a file is the embedded store; a jdbc:postgresql:// URL (--db, ZENOME_DB or the admin's db.url) the
        // department's server, and local files (quorum rules, demo data) then live in the user data directory
        location = org.zenome.store.jdbc.StoreOpener.resolve(dbOption);
        database = org.zenome.store.jdbc.StoreOpener.isServer(location)
                ? StoreLocations.userDataDirectory().resolve("zenome.db").toAbsolutePath() : Path.of(location);
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zenome-worker");
            t.setDaemon(true);
            return t;
        });
        executor = new FxTaskExecutor(worker);
        // opened on the worker, the thread that does all SQL; init() runs before any window exists
        try {
            store = worker.submit(() -> {
                Path parent = database.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (org.zenome.store.jdbc.StoreOpener.isServer(location)) {
                    return backend.open(location, new PasswordPrompt(new I18n(locale)));
                }
                if (backend.needsPassphrase(database)) {
                    // an encrypted store: the administrator's passphrase before anything is read
                    new StorePassphrasePrompt(new I18n(locale), backend).unlock(database);
                }
                return backend.open(database);
            }).get();
            LOG.info("opened case store {}", store.location());
            startScheduledBackups();
        } catch (java.util.concurrent.ExecutionException e) {
            openError = e.getCause();
            if (openError instanceof org.zenome.store.InvalidStoreException) {
                // bad input, not a failure of Zenome: the message names the file and the problem, no stack trace
                LOG.error("cannot open case store: {}", openError.getMessage());
            } else {
                LOG.error("cannot open case store {}", database, e.getCause());
            }
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (Boolean.getBoolean(TRAIN_START)) {
            // the Linux package's class-data training (installer/linux/zenome-cds): this start up to its first window,
            // drawn, then the JVM ends normally so that it writes the archive of the classes it loaded (from a thread
            // of its own: an exit on the FX thread waits forever for shutdown work that needs the FX thread)
            javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            drawn.setOnFinished(e -> new Thread(() -> System.exit(0), "zenome-train-exit").start());
            drawn.play();
        }
        I18n i18n = new I18n(locale);
        if (store == null) {
            showOpenError(i18n);
            return;
        }
        // login first: the first start creates the administrator, later starts ask for user and password
        accounts = new Accounts(store.users());
        session = new Session(java.time.Duration.ofMinutes(idleMinutes), java.time.Clock.systemDefaultZone());
        showLogin(i18n);
    }

    /**
     * The case store could not be opened (a damaged file, a file that is not a Zenome database, one of a newer
     * Zenome, a server that cannot be reached): says which file and what is wrong with it, what can be done, and
     * offers to open another database or to quit. Nothing is written to the file. Restoring a backup is left to an
     * administrator ({@code zenome restore}): the accounts that would say who may do it are in the damaged file.
     */
    private void showOpenError(I18n i18n) {
        // no window of the application is open: without this, closing the dialog to choose another file would end
        // the JavaFX runtime (implicit exit); restored once the login dialog shows
        EarlyDialogs.suspendImplicitExit();
        boolean server = org.zenome.store.jdbc.StoreOpener.isServer(location);
        Object where = server ? org.zenome.store.postgres.PostgresCaseStore.redact(location) : database;
        // a store's own refusal names the file and the problem; anything else gets the file put in front
        StringBuilder text = new StringBuilder(openError instanceof org.zenome.store.InvalidStoreException
                ? UserErrors.describe(openError, i18n)
                : i18n.get("error.openStore", where, UserErrors.describe(openError, i18n)));
        text.append("\n\n");
        if (openError instanceof org.zenome.store.NewerSchemaException) {
            text.append(i18n.get("startup.badStore.newer"));
        } else if (openError instanceof org.zenome.store.InvalidStoreException) {
            text.append(i18n.get("startup.badStore.restore", database));
            newestBackup().ifPresent(b -> text.append('\n').append(i18n.get("startup.badStore.backup", b)));
        } else {
            text.append(i18n.get("startup.badStore.other"));
        }
        text.append('\n').append(i18n.get("startup.badStore.unchanged"));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Zenome");
        alert.setHeaderText(i18n.get("startup.badStore.title"));
        javafx.scene.control.Label message = new javafx.scene.control.Label(text.toString());
        message.setId("badStoreMessage");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(message);
        alert.getDialogPane().setPrefWidth(680);
        alert.getDialogPane().setId("badStoreDialog");
        ButtonType other = new ButtonType(i18n.get("startup.badStore.openOther"),
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(i18n.get("startup.badStore.quit"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(other, quit);
        alert.getDialogPane().lookupButton(other).setId("badStoreOpenOther");
        alert.getDialogPane().lookupButton(quit).setId("badStoreQuit");
        alert.getDialogPane().lookupButton(other).setDisable(server);
        alert.setOnHidden(e -> {
            if (alert.getResult() == other) {
                openOtherDatabase(i18n);
            } else {
                LOG.info("quit: the case store could not be opened");
                exit();
            }
        });
        alert.show();
    }

    /** The newest scheduled backup in the administrator's backup folder, if there is one. */
    private java.util.Optional<Path> newestBackup() {
        try {
            java.util.Optional<Path> folder = settings.admin().backupDirectory();
            java.util.Optional<org.zenome.store.StoreBackup> backups = backend.backups(database);
            if (folder.isEmpty() || backups.isEmpty()) {
                return java.util.Optional.empty();
            }
            return new org.zenome.store.BackupSchedule(backups.get(), folder.get(), settings.admin().backupInterval(),
                    settings.admin().backupKeep(), java.time.Clock.systemUTC()).backups().stream().findFirst();
        } catch (RuntimeException e) {
            LOG.warn("cannot list the backups: {}", e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Asks for another database file and opens it (on the worker); back to the error when it cannot be opened. */
    private void openOtherDatabase(I18n i18n) {
        Path chosen = chooseDatabase(i18n);
        if (chosen == null) {
            showOpenError(i18n);
            return;
        }
        database = chosen.toAbsolutePath();
        location = database.toString();
        executor.submit(BackgroundTask.of("open another case store", c -> backend.open(database)).onSuccess(s -> {
            store = s;
            openError = null;
            LOG.info("opened case store {}", store.location());
            startScheduledBackups();
            accounts = new Accounts(store.users());
            session = new Session(java.time.Duration.ofMinutes(idleMinutes), java.time.Clock.systemDefaultZone());
            showLogin(i18n);
        }).onFailure(e -> {
            openError = e;
            LOG.error("cannot open case store: {}", e.getMessage());
            showOpenError(i18n);
        }));
    }

    /** The file chooser for another case database; null when the user cancels. Tests override it. */
    protected Path chooseDatabase(I18n i18n) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(i18n.get("startup.badStore.choose"));
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter(i18n.get("startup.badStore.filter"), "*.db"),
                new javafx.stage.FileChooser.ExtensionFilter(i18n.get("startup.badStore.allFiles"), "*"));
        Path parent = database == null ? null : database.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            chooser.setInitialDirectory(parent.toFile());
        }
        java.io.File f = chooser.showOpenDialog(null);
        return f == null ? null : f.toPath();
    }

    /** Ends the application (the start-up error's Quit). Tests override it: their JavaFX toolkit is shared. */
    protected void exit() {
        Platform.exit();
    }

    /** The login (or first-administrator) dialog on the open store, then the main window. */
    private void showLogin(I18n i18n) {
        executor.submit(BackgroundTask.of("check users", c -> accounts.needsFirstAdministrator()).onSuccess(first -> {
            LoginViewModel vm = new LoginViewModel(executor, i18n, accounts, first
                    ? LoginViewModel.Mode.FIRST_ADMINISTRATOR : LoginViewModel.Mode.LOGIN, null);
            loginDialog = new LoginDialog(null, vm, i18n, stylesheet(), user -> {
                if (user.mustChangePassword()) {
                    // the administrator reset the password: the user sets their own before going on
                    LOG.info("user {} must change the password reset by the administrator", user.username());
                    showPasswordChange(null, i18n, user, true, changed -> {
                        session.loggedIn(changed);
                        LOG.info("user {} logged in", changed.username());
                        showMainWindow(i18n);
                    });
                    return;
                }
                session.loggedIn(user);
                LOG.info("user {} logged in", user.username());
                showMainWindow(i18n);
            }, () -> {
                LOG.info("login cancelled; exiting");
                Platform.exit();
            });
            loginDialog.show();
            EarlyDialogs.restoreImplicitExit();
        }).onFailure(e -> {
            Dialogs.error(null, i18n, UserErrors.describe(e, i18n));
            Platform.exit();
        }));
    }

    private void showMainWindow(I18n i18n) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(build(i18n, List.of(), null), Math.min(1440, screen.getWidth()),
                Math.min(900, screen.getHeight())));
        stage.getScene().getStylesheets().add(stylesheet());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getScene().addEventFilter(javafx.scene.input.InputEvent.ANY, e -> session.touch());
        stage.show();
        mainViewModel.start();
        idleTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5),
                e -> {
                    if (session.checkIdle()) {
                        LOG.info("idle lock after {} minutes", idleMinutes);
                    }
                }));
        idleTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleTimer.play();
        session.lockedProperty().addListener((o, old, locked) -> {
            // no patient data on screen while locked
            stage.getScene().getRoot().setVisible(!locked);
            if (panelWindow != null) {
                panelWindow.stage().getScene().getRoot().setVisible(!locked);
            }
            if (locked) {
                showUnlock();
            }
        });
    }

    /**
     * The password-change window for {@code user}; {@code required} after an administrator's reset (closing it
     * then quits).
     */
    private void showPasswordChange(javafx.stage.Window owner, I18n i18n, org.zenome.panel.User user,
                                    boolean required, java.util.function.Consumer<org.zenome.panel.User> changed) {
        passwordDialog = new org.zenome.ui.panel.PasswordChangeDialog(owner,
                new org.zenome.ui.panel.PasswordChangeViewModel(executor, i18n, accounts, user, required), i18n,
                stylesheet(), changed, () -> {
                    if (required) {
                        LOG.info("{} quit instead of changing the password", user.username());
                        Platform.exit();
                    }
                });
        passwordDialog.show();
    }

    /** The idle lock: the session's user re-enters the password, or quits. */
    private void showUnlock() {
        I18n i18n = new I18n(locale);
        LoginViewModel vm = new LoginViewModel(executor, i18n, accounts, LoginViewModel.Mode.UNLOCK,
                session.user());
        loginDialog = new LoginDialog(stage, vm, i18n, stylesheet(), user -> session.unlocked(), () -> {
            LOG.info("{} quit at the idle lock", session.user().username());
            Platform.exit();
        });
        loginDialog.show();
    }

    /** The expert-panel menu (meetings, audit log, turnaround, users, lock). */
    private javafx.scene.control.Menu panelMenu(I18n i18n) {
        javafx.scene.control.MenuItem meetings = new javafx.scene.control.MenuItem(i18n.get("menu.panel.meetings"));
        meetings.setId("menuPanelMeetings");
        meetings.setOnAction(e -> panelWindow(i18n).showMeetings());
        javafx.scene.control.MenuItem auditLog = new javafx.scene.control.MenuItem(i18n.get("menu.panel.audit"));
        auditLog.setId("menuPanelAudit");
        auditLog.setOnAction(e -> panelWindow(i18n).showAudit());
        javafx.scene.control.MenuItem turnaround = new javafx.scene.control.MenuItem(
                i18n.get("menu.panel.turnaround"));
        turnaround.setId("menuPanelTurnaround");
        turnaround.setOnAction(e -> panelWindow(i18n).showTurnaround());
        javafx.scene.control.MenuItem users = new javafx.scene.control.MenuItem(i18n.get("menu.panel.users"));
        users.setId("menuPanelUsers");
        users.setDisable(!session.user().has(org.zenome.panel.PanelRole.ADMINISTRATOR));
        users.setOnAction(e -> panelWindow(i18n).showUsers());
        javafx.scene.control.MenuItem password = new javafx.scene.control.MenuItem(
                i18n.get("menu.panel.password"));
        password.setId("menuPanelPassword");
        password.setOnAction(e -> showPasswordChange(stage, i18n, session.user(), false, changed -> {
            session.loggedIn(changed);
            mainViewModel.showStatus(i18n.get("password.changed"));
        }));
        javafx.scene.control.MenuItem lock = new javafx.scene.control.MenuItem(i18n.get("menu.panel.lock"));
        lock.setId("menuPanelLock");
        lock.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+L"));
        lock.setOnAction(e -> session.lockNow());
        javafx.scene.control.MenuItem who = new javafx.scene.control.MenuItem(i18n.get("menu.panel.user",
                session.user().displayName(), session.user().username()));
        who.setDisable(true);
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu(i18n.get("menu.panel"), null, meetings,
                auditLog, turnaround, users, new javafx.scene.control.SeparatorMenuItem(), password, lock, who);
        menu.setId("menuPanel");
        return menu;
    }

    /** The panel window, created on first use in the current language. */
    public PanelWindow panelWindow(I18n i18n) {
        if (panelWindow == null) {
            PanelContext ctx = new PanelContext(executor, i18n, new PanelLabels(i18n), store,
                    new PanelService(store, accounts, quorumRules(), circulationRules(),
                            java.time.Clock.systemDefaultZone()), accounts,
                    session, stylesheet());
            panelWindow = new PanelWindow(ctx, stage, org.zenome.panel.TurnaroundStats.DEFAULT_TARGET_DAYS);
            PanelWindow w = panelWindow;
            // the presenter view shows the same genome browser as the case view
            w.setCaseBrowsers((kase, findings) -> new org.zenome.ui.browser.CaseBrowserPane(kase, findings, store,
                    executor, browserFiles, i18n.locale(), w::stage));
            panelWindow.stage().getScene().addEventFilter(javafx.scene.input.InputEvent.ANY, e -> session.touch());
        }
        return panelWindow;
    }

    /** The hospital's quorum rules ({@code quorum-rules.json} beside the database) or the built-in ones. */
    private org.zenome.panel.QuorumRules quorumRules() {
        Path local = database.resolveSibling("quorum-rules.json");
        if (Files.isRegularFile(local)) {
            try {
                return org.zenome.panel.QuorumRules.load(local);
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.warn("ignoring {}: {}", local, e.getMessage());
            }
        }
        return org.zenome.panel.QuorumRules.builtIn();
    }

    /**
     * The hospital's circulation rules ({@code circulation-rules.json} beside the database) or the built-in ones
     * (a conservative default) when the file is absent or malformed (logged).
     */
    private org.zenome.panel.CirculationRules circulationRules() {
        try {
            return org.zenome.panel.CirculationRules.forDatabase(database);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("ignoring {}: {}", org.zenome.panel.CirculationRules.localFile(database), e.getMessage());
            return org.zenome.panel.CirculationRules.builtIn();
        }
    }

    private MainWindow build(I18n i18n, List<String> reopen, String active) {
        Formats formats = new Formats(i18n.locale(), ZoneId.systemDefault());
        Path demoDirectory = database.getParent() == null ? Path.of("demo") : database.getParent().resolve("demo");
        // every import, opening and interpretation decision is recorded with the logged-in user
        mainViewModel = new MainViewModel(executor, i18n, formats, store, backend.importService(store,
                () -> session.user().username()), backend.demoCases(), demoDirectory,
                () -> session.user().username());
        mainWindow = new MainWindow(mainViewModel, i18n, formats, stylesheet(), this::switchLanguage, Platform::exit);
        if (storeChanges == null) {
            storeChanges = store.watchChanges(change -> Platform.runLater(() -> {
                if (mainViewModel != null) {
                    mainViewModel.storeChanged(change);
                }
                if (panelWindow != null) {
                    panelWindow.storeChanged(change);
                }
            }));
        }
        mainWindow.addMenu(panelMenu(i18n));
        javafx.scene.control.MenuItem thresholds = new javafx.scene.control.MenuItem(
                i18n.get("menu.settings.thresholds"));
        thresholds.setId("menuThresholds");
        thresholds.setOnAction(e -> new org.zenome.ui.settings.ThresholdSettingsDialog(stage,
                mainViewModel.thresholdSettings(session.user().has(org.zenome.panel.PanelRole.ADMINISTRATOR)), i18n,
                stylesheet()).show());
        mainWindow.addSettingsItem(thresholds);
        if (!org.zenome.store.jdbc.StoreOpener.isServer(location) && backend.backups(database).isPresent()) {
            javafx.scene.control.MenuItem backups = new javafx.scene.control.MenuItem(i18n.get("menu.settings.backups"));
            backups.setId("menuBackups");
            backups.setDisable(!session.user().has(org.zenome.panel.PanelRole.ADMINISTRATOR));
            backups.setOnAction(e -> showBackups(i18n));
            mainWindow.addSettingsItem(backups);
        }
        // opening a case is a clinically relevant act: recorded with the user
        mainViewModel.openCases().addListener((javafx.collections.ListChangeListener<VariantsViewModel>) c -> {
            while (c.next()) {
                for (VariantsViewModel opened : c.getAddedSubList()) {
                    String caseId = opened.kase().caseId();
                    String user = session.user().username();
                    executor.submit(BackgroundTask.of("audit case opened", x -> store.audit().append(user,
                            new org.zenome.audit.AuditEvent("case.open", "case", caseId, caseId, null, null))));
                }
            }
        });
        pickFont().ifPresent(f -> mainWindow.setStyle("-fx-font-family: \"" + f + "\";"));
        mainWindow.setCaseBrowserFactory((caseVm, table, window) -> new org.zenome.ui.browser.CaseBrowserPane(
                caseVm.kase(), table, store, executor, browserFiles, i18n.locale(), window));
        backend.reports(store).ifPresent(reports -> mainWindow.setReportAction(kase -> {
            org.zenome.ui.report.ReportWindow w = new org.zenome.ui.report.ReportWindow(stage,
                    new org.zenome.ui.report.ReportViewModel(executor, i18n, reports, kase), i18n, stylesheet());
            w.show();
            w.viewModel().load();
        }));
        stage.titleProperty().bind(mainViewModel.titleProperty());
        mainViewModel.openCases(reopen, active);
        return mainWindow;
    }

    /** Rebuilds the window in another language, keeping the open cases. */
    void switchLanguage(Locale newLocale) {
        if (I18n.supported(newLocale).equals(I18n.supported(locale)) && mainWindow != null) {
            return;
        }
        locale = newLocale;
        List<String> open = mainViewModel.openCaseIds();
        VariantsViewModel active = mainViewModel.activeCaseProperty().get();
        String activeId = active == null ? null : active.kase().caseId();
        mainWindow.dispose();
        mainViewModel.dispose();
        if (panelWindow != null) {
            panelWindow.stage().close();
            panelWindow = null;
        }
        stage.getScene().setRoot(build(new I18n(newLocale), open, activeId));
        mainViewModel.caseList().refresh();
        LOG.info("language switched to {}", newLocale);
        rememberLanguage(I18n.supported(newLocale));
    }

    /** The user's language choice is kept in their preferences (written on the worker, off the FX thread). */
    private void rememberLanguage(Locale chosen) {
        Settings current = settings;
        if (current == null || worker == null) {
            return;
        }
        worker.execute(() -> {
            try {
                current.user().withLanguage(chosen).save();
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("cannot save the language preference to {}: {}", current.user().file(), e.getMessage());
            }
        });
    }

    static java.util.Optional<String> pickFont() {
        List<String> installed = Font.getFamilies();
        return FONT_STACK.stream().filter(installed::contains).findFirst();
    }

    private String stylesheet() {
        URL css = ZenomeApp.class.getResource("zenome.css");
        return Objects.requireNonNull(css, "zenome.css").toExternalForm();
    }

    /** Settings → Backups (administrators): the backups, Back up now, Restore. */
    private void showBackups(I18n i18n) {
        org.zenome.store.StoreBackup backups = backend.backups(database).orElseThrow();
        org.zenome.config.AdminConfig admin = settings.admin();
        java.util.Optional<Path> scheduled = admin.backupDirectory();
        Path folder = scheduled.orElse(settings.dataDirectory().resolve("backups"));
        String schedule = scheduled.isPresent()
                ? i18n.get("backups.schedule.on", admin.backupInterval().toHours(), folder, admin.backupKeep())
                : i18n.get("backups.schedule.off");
        if (backupUi == null) {
            backupUi = new FxTaskExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "zenome-backup-page");
                t.setDaemon(true);
                return t;
            }));
        }
        String user = session.user().username();
        Path staging = database.toAbsolutePath().getParent();
        backupsWindow = new org.zenome.ui.backup.BackupsWindow(stage, new org.zenome.ui.backup.BackupsViewModel(
                backupUi, i18n, new Formats(i18n.locale(), ZoneId.systemDefault()), folder,
                scheduled.isPresent() ? admin.backupKeep() : 0, backups, staging, schedule, () -> user,
                (backup, manifest, using, failed) -> restoreBackup(using, backup, user, i18n)), i18n, stylesheet());
        backupsWindow.show();
    }

    /**
     * Replaces the store with a checked backup: closes every window on the store and the store itself, restores
     * (a store with work the backup lacks only after the user confirms; it is kept beside the restored one), then
     * reopens on the restored store (or the old one, when nothing was restored) and asks for the login again: the
     * accounts are the restored store's.
     */
    private void restoreBackup(org.zenome.store.StoreBackup backups, Path folder, String user, I18n i18n) {
        LOG.info("{} restores the backup {}", user, folder);
        if (backupsWindow != null) {
            backupsWindow.stage().close();
        }
        closeSession(i18n);
        executor.submit(BackgroundTask.of("restore backup", c -> {
            store.close();
            return backups.restore(folder, false);
        }).onSuccess(r -> {
            forget(backups);
            reopen(i18n, r, user);
        }).onFailure(e -> {
            if (e instanceof org.zenome.store.NewerStoreException) {
                if (Dialogs.confirm(stage, i18n, i18n.get("backups.restore.title"),
                        i18n.get("backups.restore.newer"), i18n.get("backups.restore.replace"),
                        i18n.get("button.cancel"))) {
                    executor.submit(BackgroundTask.of("restore backup over newer work",
                            c -> backups.restore(folder, true)).onSuccess(r -> {
                                forget(backups);
                                reopen(i18n, r, user);
                            }).onFailure(x -> {
                                forget(backups);
                                Dialogs.error(stage, i18n, i18n.get("backups.restore.failed",
                                        UserErrors.describe(x, i18n)));
                                reopen(i18n, null, user);
                            }));
                    return;
                }
                LOG.info("restore of {} cancelled: the store holds newer work", folder);
            } else {
                Dialogs.error(stage, i18n, i18n.get("backups.restore.failed", UserErrors.describe(e, i18n)));
            }
            forget(backups);
            reopen(i18n, null, user);
        }));
    }

    /** Clears the passphrase an encrypted backup's restore held. */
    private static void forget(org.zenome.store.StoreBackup backups) {
        if (backups instanceof org.zenome.store.EncryptedStoreBackup encrypted) {
            encrypted.close();
        }
    }

    /** Closes every window that uses the store (FX thread); the main window shows that a restore runs. */
    private void closeSession(I18n i18n) {
        if (backupSchedule != null) {
            backupSchedule.close();
            backupThread.shutdown();
            backupSchedule = null;
        }
        if (idleTimer != null) {
            idleTimer.stop();
        }
        if (storeChanges != null) {
            try {
                storeChanges.close();
            } catch (Exception e) {
                LOG.debug("stopping the change notifications failed", e);
            }
            storeChanges = null;
        }
        if (panelWindow != null) {
            panelWindow.stage().close();
            panelWindow = null;
        }
        if (mainWindow != null) {
            mainWindow.dispose();
            mainWindow = null;
        }
        if (mainViewModel != null) {
            stage.titleProperty().unbind();
            mainViewModel.dispose();
            mainViewModel = null;
        }
        javafx.scene.control.Label text = new javafx.scene.control.Label(i18n.get("backups.restore.progress"));
        text.setId("restoreProgress");
        javafx.scene.layout.VBox pane = new javafx.scene.layout.VBox(12,
                new javafx.scene.control.ProgressIndicator(), text);
        pane.setAlignment(javafx.geometry.Pos.CENTER);
        stage.getScene().setRoot(pane);
    }

    /** Opens the store again after a restore (or a refused one) and asks for the login. */
    private void reopen(I18n i18n, org.zenome.store.RestoreResult restored, String user) {
        executor.submit(BackgroundTask.of("reopen case store", c -> {
            CaseStore s = backend.open(database);
            if (restored != null) {
                s.audit().append(user, new org.zenome.audit.AuditEvent("store.restore", "store",
                        restored.backup().created().toString(), null, null, restored.previous() == null ? null
                        : restored.previous().getFileName().toString()));
            }
            return s;
        }).onSuccess(s -> {
            store = s;
            LOG.info("reopened case store {}{}", store.location(), restored == null ? "" : " (restored)");
            accounts = new Accounts(store.users());
            session = new Session(java.time.Duration.ofMinutes(idleMinutes), java.time.Clock.systemDefaultZone());
            startScheduledBackups();
            showLogin(i18n);
        }).onFailure(e -> {
            LOG.error("cannot reopen the case store {} after a restore", database, e);
            Dialogs.error(stage, i18n, i18n.get("error.openStore", database, UserErrors.describe(e, i18n)));
            Platform.exit();
        }));
    }

    /**
     * The administrator's scheduled backups ({@code backup.dir}): checked two minutes after start and every ten
     * minutes, taken on their own thread when the newest is older than the interval. A failure is shown once.
     */
    private void startScheduledBackups() {
        java.util.Optional<Path> folder = settings.admin().backupDirectory();
        if (folder.isPresent() && org.zenome.store.jdbc.StoreOpener.isServer(location)) {
            // the backups copy a SQLite store's files; the server is backed up with pg_dump (README)
            LOG.warn("backup.dir is ignored: the case store is the PostgreSQL server {}; back it up with pg_dump "
                    + "(README, PostgreSQL for a department)", store.location());
            return;
        }
        java.util.Optional<org.zenome.store.StoreBackup> backups = backend.backups(database);
        if (folder.isEmpty() || backups.isEmpty()) {
            return;
        }
        backupThread = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zenome-backup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        backupSchedule = new org.zenome.store.BackupSchedule(backups.get(), folder.get(),
                settings.admin().backupInterval(), settings.admin().backupKeep(), java.time.Clock.systemUTC());
        java.util.concurrent.atomic.AtomicBoolean shown = new java.util.concurrent.atomic.AtomicBoolean();
        // zenome.backup.firstCheck (an ISO duration) moves the first check, for tests and diagnosis
        java.time.Duration first = java.time.Duration.parse(System.getProperty("zenome.backup.firstCheck", "PT2M"));
        backupSchedule.start(backupThread, first, java.time.Duration.ofMinutes(10),
                problem -> {
                    if (shown.compareAndSet(false, true)) {
                        Platform.runLater(() -> {
                            I18n i18n = new I18n(locale);
                            Alert alert = new Alert(Alert.AlertType.WARNING, i18n.get("backup.failed",
                                    folder.get(), problem), ButtonType.OK);
                            alert.setTitle("Zenome");
                            alert.setHeaderText(null);
                            alert.show();
                        });
                    }
                });
        LOG.info("scheduled backups into {} every {}", folder.get(), settings.admin().backupInterval());
    }

    @Override
    public void stop() {
        if (backupUi != null) {
            backupUi.shutdown();
        }
        if (backupSchedule != null) {
            backupSchedule.close();
            backupThread.shutdown();
        }
        if (idleTimer != null) {
            idleTimer.stop();
        }
        if (storeChanges != null) {
            try {
                storeChanges.close();
            } catch (Exception e) {
                LOG.debug("stopping the change notifications failed", e);
            }
        }
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        if (mainViewModel != null) {
            mainViewModel.dispose();
        }
        browserFiles.close();
        if (worker != null) {
            if (store != null) {
                try {
                    worker.submit(store::close).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    LOG.warn("closing the case store failed", e);
                }
            }
            executor.shutdown();
        }
    }

    /** {@code --name value} (raw) or {@code --name=value} (named). */
    static String option(Parameters parameters, String name) {
        if (parameters == null) {
            return null;
        }
        Map<String, String> named = parameters.getNamed();
        if (named.containsKey(name)) {
            return named.get(name);
        }
        List<String> raw = parameters.getRaw();
        for (int i = 0; i < raw.size() - 1; i++) {
            if (raw.get(i).equals("--" + name)) {
                return raw.get(i + 1);
            }
        }
        return null;
    }

    // ---- for tests and the screenshot tool ----

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    public Stage stage() {
        return stage;
    }

    public Path database() {
        return database;
    }

    public Session session() {
        return session;
    }

    /** The open login (or unlock) dialog, null before the first. */
    public LoginDialog loginDialog() {
        return loginDialog;
    }

    /** The last password-change window, null before the first. */
    public org.zenome.ui.panel.PasswordChangeDialog passwordDialog() {
        return passwordDialog;
    }

    /** The backups page, null before it was first opened. */
    public org.zenome.ui.backup.BackupsWindow backupsWindow() {
        return backupsWindow;
    }

    /** The panel window if opened. */
    public PanelWindow panelWindow() {
        return panelWindow;
    }
}
