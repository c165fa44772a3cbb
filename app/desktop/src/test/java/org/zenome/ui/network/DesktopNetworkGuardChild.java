package org.zenome.ui.network;

import static org.zenome.ui.FxTestSupport.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zenome.browser.BrowserState;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.panel.Accounts;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.Passwords;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.MainViewModel;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.browser.CaseBrowserPane;
import org.zenome.ui.panel.PresenterView;

/**
 * The desktop's main flows in a JVM whose {@link NetworkGuard} refuses and records every connection and name look-up
 * beyond loopback, for {@link DesktopNoOutboundNetworkTest}: first-start login, the demo cases, the genome browser
 * (igv.js in a WebView, fed by the loopback server) showing reads at a finding, the presenter view with its own
 * browser. Then probes: the case browser's page tries a remote fetch, image and navigation (the page's policy and
 * the bridge's location guard must stop them); a bare WebView without Zenome's page fetches a remote URL (the guard
 * must see WebView traffic at all). Prints {@code STEP name ok}, {@code PROBE name value}, {@code VIOLATION phase
 * host:port < stack}; exits 0 when every step passed, 11 when a step failed.
 */
public final class DesktopNetworkGuardChild {
    private DesktopNetworkGuardChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        NetworkGuard guard = new NetworkGuard();
        System.setSecurityManager(guard);
        FxRobot robot = new FxRobot();
        int exit = 0;
        ZenomeApp app = null;
        try {
            guard.phase = "login";
            Path db = dir.resolve("guard.db");
            FxToolkit.registerPrimaryStage();
            app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
            LoginSteps.enter(robot);
            step("login");

            guard.phase = "demo";
            waitFor(() -> robot.lookup("Create demo cases").tryQuery().isPresent());
            robot.clickOn("Create demo cases");
            ZenomeApp a = app;
            waitFor(300, () -> a.mainViewModel().activeCaseProperty().get() != null
                    && MainViewModel.DEMO_TRIO_ID.equals(a.mainViewModel().activeCaseProperty().get().kase().caseId()));
            step("demo-cases");

            guard.phase = "browser";
            waitFor(() -> robot.lookup("#variantTable").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            TableView<Finding> table = robot.lookup("#variantTable").queryAs(TableView.class);
            waitFor(() -> !table.getItems().isEmpty());
            CaseBrowserPane pane = robot.lookup("#caseBrowser").queryAs(CaseBrowserPane.class);
            waitFor(120, () -> pane.browser().bridge().isReady());
            // the curated SNVs of the demo trio have simulated reads: type one's locus into the locus box
            List<String> loci = curatedTrioLoci(app.database().getParent().resolve("demo/demo-findings.tsv"));
            boolean reads = false;
            for (int i = 0; i < Math.min(5, loci.size()) && !reads; i++) {
                String locus = loci.get(i);
                TextField box = robot.lookup("#browserLocus").queryAs(TextField.class);
                robot.interact(() -> box.setText(locus));
                robot.clickOn(box).type(KeyCode.ENTER);
                BrowserState state = null;
                for (int tries = 0; tries < 40; tries++) { // the reads arrive after the locus is set
                    state = pane.browser().bridge().state().get(60, TimeUnit.SECONDS);
                    if (state.tracks().stream().filter(t -> t.name().startsWith("DEMO-") && t.inView() > 0).count() == 3) {
                        reads = true;
                        break;
                    }
                    Thread.sleep(250);
                }
                System.out.println("PROBE reads-at " + locus + " " + (reads ? "3 samples" : state));
            }
            if (!reads) {
                throw new IllegalStateException("the browser showed no reads of the three samples at curated loci");
            }
            step("browser-reads");

            guard.phase = "presenter";
            try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
                User admin = store.users().find(LoginSteps.ADMIN).orElseThrow();
                new Accounts(store.users(), new Passwords(1024, 1)).createUser(admin, "chair", "Dr Chair",
                        EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN), LoginSteps.PASSWORD.toCharArray());
                PanelService panel = new PanelService(store, QuorumRules.builtIn());
                var m = panel.createMeeting(admin, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                        DiseaseArea.CANCER, "WGS EP", "chair", true);
                panel.addToAgenda(admin, m.id(), MainViewModel.DEMO_TRIO_ID, false, true, "Dr Ito");
            }
            robot.clickOn("#menuPanel");
            robot.clickOn("#menuPanelMeetings");
            var meetings = app.panelWindow().meetings();
            waitFor(() -> meetings.meetings().size() == 1);
            robot.interact(() -> meetings.selectedProperty().set(meetings.meetings().get(0)));
            robot.interact(() -> robot.lookup("#presenterOpen").queryButton().fire());
            PresenterView presenterView = app.panelWindow().presenterView();
            waitFor(120, () -> presenterView.browser() != null && presenterView.browser().browser().bridge().isReady()
                    && presenterView.browser().browser().bridge().locusProperty().get() != null);
            step("presenter-browser");
            guard.phase = "flows-done";

            probes(guard, robot, pane);
        } catch (Throwable t) {
            System.out.println("FAILED " + guard.phase + " " + t);
            t.printStackTrace(System.out);
            exit = 11;
        }
        synchronized (guard.violations) {
            guard.violations.forEach(v -> System.out.println("VIOLATION " + v));
        }
        System.out.flush();
        Runtime.getRuntime().halt(exit); // no clean-up: the guard's findings are printed, the temp folder is the test's
    }

    private static void probes(NetworkGuard guard, FxRobot robot, CaseBrowserPane pane) throws Exception {
        ch.qos.logback.classic.Logger pageLog =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.zenome.ui.browser");
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.list = new java.util.concurrent.CopyOnWriteArrayList<>(); // read while the FX thread appends
        appender.start();
        pageLog.addAppender(appender);
        WebEngine engine = pane.browser().webView().getEngine();

        // the case browser's page asks for remote resources: its content security policy blocks each
        guard.phase = "probe-page";
        robot.interact(() -> engine.executeScript("fetch('https://example.org/zenome-probe?fetch').catch(function () {});"
                + "var x = new XMLHttpRequest(); x.open('GET', 'https://example.org/zenome-probe?xhr');"
                + "try { x.send(); } catch (e) {}"
                + "new Image().src = 'https://example.org/zenome-probe?img';"
                + "var l = document.createElement('link'); l.rel = 'stylesheet';"
                + "l.href = 'https://fonts.googleapis.com/css?family=Open+Sans'; document.head.appendChild(l);"
                + "'sent'"));
        waitFor(30, () -> blocked(appender) >= 4);
        Thread.sleep(1000);
        System.out.println("PROBE page-blocked-by-policy " + blocked(appender));
        System.out.println("PROBE page-violations " + guard.in("probe-page").size());

        // the page navigates away: the bridge's location guard cancels it and reloads the page
        guard.phase = "probe-navigation";
        robot.interact(() -> engine.executeScript("window.location.href = 'https://example.org/zenome-probe?nav'; 'ok'"));
        waitFor(60, () -> pane.browser().bridge().isReady());
        System.out.println("PROBE navigation-returned " + pane.browser().bridge().isReady() + " "
                + engine.getLocation().startsWith("http://127.0.0.1:"));
        System.out.println("PROBE navigation-violations " + guard.in("probe-navigation").size());
        System.out.println("PROBE navigation-refused-logged " + logged(appender, "Refused a navigation of the genome "
                + "browser to https://example.org"));

        // a WebView without Zenome's page and policy: the guard sees (and refuses) its request to the internet
        guard.phase = "probe-bare-webview";
        AtomicInteger loaded = new AtomicInteger();
        robot.interact(() -> {
            WebView bare = new WebView();
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(bare, 200, 200));
            stage.show();
            bare.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now.toString().equals("SUCCEEDED") || now.toString().equals("FAILED")) {
                    loaded.incrementAndGet();
                }
            });
            bare.getEngine().load("https://example.org/zenome-probe?bare");
        });
        waitFor(60, () -> !guard.in("probe-bare-webview").isEmpty() && loaded.get() > 0);
        System.out.println("PROBE bare-webview-violations " + guard.in("probe-bare-webview").size());
        pageLog.detachAppender(appender);
    }

    private static boolean logged(ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> a,
            String text) {
        synchronized (a.list) {
            return a.list.stream().anyMatch(e -> e.getFormattedMessage().contains(text));
        }
    }

    private static long blocked(ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> a) {
        synchronized (a.list) {
            return a.list.stream().filter(e -> e.getFormattedMessage().contains("Blocked by the content security policy")
                    && e.getFormattedMessage().contains("https://")).count();
        }
    }

    /** {@code chrom:pos-50-pos+50} of the demo trio's curated SNVs, from the generator's answer key. */
    static List<String> curatedTrioLoci(Path answerKey) throws java.io.IOException {
        List<String> header = null;
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(answerKey, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
            } else if (cells.get(header.indexOf("case")).equals("trio") && cells.get(header.indexOf("ref")).length() == 1
                    && cells.get(header.indexOf("alt")).length() == 1) {
                int pos = Integer.parseInt(cells.get(header.indexOf("pos")));
                out.add(cells.get(header.indexOf("chrom")) + ":" + (pos - 50) + "-" + (pos + 50));
            }
        }
        return out;
    }

    private static void step(String name) {
        System.out.println("STEP " + name + " ok");
    }
}
