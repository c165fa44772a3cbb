package org.zenome.ui.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.VariantClick;
import org.zenome.casefiles.BrowserSetupException;
import org.zenome.casefiles.CaseBrowserSessions;
import org.zenome.casefiles.LocusResolver;
import org.zenome.domain.CaseSnapshot;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.store.CaseStore;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.TaskExecutor;

/**
 * The genome browser of an open case, beside its variant table: a locus box, a button to save the view as SVG or
 * PNG, and igv.js. Keeps the two in step: selecting a row shows the variant (centred, highlighted); clicking a
 * variant in the browser selects its row. The session is built from the store on the worker; the files are
 * served by the application's loopback server. Call {@link #dispose()} when the case closes.
 */
public final class CaseBrowserPane extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(CaseBrowserPane.class);

    private final CaseSummary kase;
    private final FindingSelection table;
    private final CaseStore store;
    private final TaskExecutor executor;
    private final Supplier<Window> window;
    private final ResourceBundle messages;
    private final GenomeBrowserView view;
    private final TextField locusField = new TextField();
    private final Label status = new Label();
    private final ChangeListener<Finding> selectionListener = (o, old, f) -> showSelected(f);
    private final IgvEventListener events;
    /** The genes of the reference's annotation, for the locus box; read with the session on the worker. */
    private volatile org.zenome.casefiles.GeneIndex genes = org.zenome.casefiles.GeneIndex.empty();
    private boolean selectingFromBrowser;
    private boolean disposed;

    /**
     * @param table  the case's variant table (its items are the page shown)
     * @param server the application's loopback server (started on first use, closed at exit)
     * @param window the window that owns the save dialog
     */
    public CaseBrowserPane(CaseSummary kase, TableView<Finding> table, CaseStore store, TaskExecutor executor,
                           LoopbackFileServer server, Locale locale, Supplier<Window> window) {
        this(kase, FindingSelection.of(table), store, executor, server, locale, window);
    }

    /**
     * @param findings what the browser follows (e.g. the presenter view's candidate findings)
     * @param server   the application's loopback server (started on first use, closed at exit)
     * @param window   the window that owns the save dialog
     */
    public CaseBrowserPane(CaseSummary kase, FindingSelection findings, CaseStore store, TaskExecutor executor,
                           LoopbackFileServer server, Locale locale, Supplier<Window> window) {
        this.kase = Objects.requireNonNull(kase, "kase");
        this.table = Objects.requireNonNull(findings, "findings");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.window = Objects.requireNonNull(window, "window");
        this.messages = GenomeBrowserView.messages(locale);
        this.view = new GenomeBrowserView(server, messages);
        getStyleClass().add("case-browser");
        setId("caseBrowser");

        locusField.setId("browserLocus");
        locusField.setPromptText(text("browser.locus.prompt"));
        locusField.setOnAction(e -> go(locusField.getText()));
        HBox.setHgrow(locusField, Priority.ALWAYS);
        Button goButton = new Button(text("browser.locus.go"));
        goButton.setId("browserGo");
        goButton.setOnAction(e -> go(locusField.getText()));
        Button save = new Button(text("browser.save"));
        save.setId("browserSave");
        save.setOnAction(e -> askAndSave());
        HBox bar = new HBox(6, locusField, goButton, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        status.setId("browserStatus");
        status.setWrapText(true);
        status.setPadding(new Insets(0, 6, 2, 6));
        status.getStyleClass().add("browser-status");
        setTop(bar);
        setCenter(view);
        setBottom(status);

        view.bridge().locusProperty().addListener((o, old, locus) -> {
            if (!locusField.isFocused()) {
                locusField.setText(locus);
            }
        });
        events = new IgvEventListener() {
            @Override
            public void variantClicked(VariantClick variant) {
                selectInTable(variant);
            }
        };
        view.bridge().addListener(events);
        table.selected().addListener(selectionListener);
        open();
    }

    /** Builds the case's session on the worker and starts igv.js with it. */
    private void open() {
        status.setText(text("browser.loading"));
        executor.submit(BackgroundTask.<CaseBrowserSessions.Setup>of("genome browser session " + kase.caseId(),
                        ctx -> {
                            CaseBrowserSessions.Setup setup = new CaseBrowserSessions(store).forCase(kase);
                            if (setup.session().reference().annotationTrack().isPresent()) {
                                try {
                                    genes = org.zenome.casefiles.GeneIndex.read(
                                            setup.session().reference().annotation().file());
                                } catch (java.io.IOException e) {
                                    LOG.warn("Gene symbols of {} cannot be searched: {}",
                                            setup.session().reference().annotation().file(), e.getMessage());
                                }
                            }
                            return setup;
                        })
                .onSuccess(setup -> {
                    if (disposed) {
                        return;
                    }
                    status.setText(notes(setup));
                    try {
                        view.open(setup.session());
                    } catch (java.io.IOException e) {
                        LOG.warn("Genome browser of case {} could not start: {}", kase.caseId(), e.getMessage());
                        return;
                    }
                    Finding selected = table.selected().getValue();
                    if (selected != null) {
                        showSelected(selected);
                    }
                })
                .onFailure(e -> {
                    if (!disposed) {
                        status.setText("");
                        view.showMessage(describe(e));
                        LOG.info("Genome browser of case {} not shown: {}", kase.caseId(), e.getMessage());
                    }
                }));
    }

    private String notes(CaseBrowserSessions.Setup setup) {
        StringBuilder b = new StringBuilder();
        if (!setup.missingContigs().isEmpty()) {
            b.append(text("browser.missingContigs", String.join(", ", setup.missingContigs())));
        }
        if (!setup.unavailable().isEmpty()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(text("browser.unavailable", String.join(", ",
                    setup.unavailable().stream().map(e -> e.file().toString()).toList())));
        }
        return b.toString();
    }

    private String describe(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof BrowserSetupException s) {
            return text("browser.setup." + s.problem().name(), s.arguments().toArray());
        }
        if (t instanceof BrowserFileException f) {
            return view.describe(f);
        }
        return text("browser.error.start", String.valueOf(t.getMessage()));
    }

    /** Table → browser: centre and highlight the selected finding. */
    private void showSelected(Finding f) {
        if (f == null || selectingFromBrowser || disposed) {
            return;
        }
        view.bridge().selectVariant(f).exceptionally(this::navigationFailed);
    }

    /** Browser → table: select the clicked variant's row when it is on the page shown. */
    private void selectInTable(VariantClick click) {
        Optional<Finding> row = table.items().stream().filter(f -> matches(f, click)).findFirst();
        if (row.isEmpty()) {
            status.setText(text("browser.notOnPage", click.chrom() + ":" + click.pos() + " " + click.ref() + ">"
                    + click.alt()));
            return;
        }
        status.setText("");
        // the browser already shows the variant; a selection made here need not move it again
        selectingFromBrowser = true;
        try {
            table.select(row.get());
        } finally {
            selectingFromBrowser = false;
        }
    }

    /** The finding is the clicked record's (one of its ALT alleles, for a multi-allelic record). */
    static boolean matches(Finding f, VariantClick click) {
        if (f.pos() != click.pos() || !f.ref().equalsIgnoreCase(click.ref())) {
            return false;
        }
        String chrom = click.chrom();
        if (!f.chrom().equals(chrom) && !stripChr(f.chrom()).equals(stripChr(chrom))) {
            return false;
        }
        for (String alt : click.alt().split(",")) {
            if (alt.trim().equalsIgnoreCase(f.alt())) {
                return true;
            }
        }
        return false;
    }

    private static String stripChr(String c) {
        return c.regionMatches(true, 0, "chr", 0, 3) ? c.substring(3) : c;
    }

    /** The locus box: a region, a gene, or a finding of the case (which is then selected in the table). */
    void go(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return;
        }
        executor.submit(BackgroundTask.<Optional<LocusResolver.Target>>of("locus " + t,
                        ctx -> new LocusResolver(store.findings(), kase.id(), genes).resolve(t))
                .onSuccess(target -> {
                    if (target.isEmpty()) {
                        status.setText(text("browser.locus.notFound", t));
                        return;
                    }
                    status.setText("");
                    if (target.get() instanceof LocusResolver.Variant v) {
                        Optional<Finding> row = table.items().stream().filter(f -> f.id() == v.finding().id())
                                .findFirst();
                        if (row.isPresent()) {
                            table.select(row.get()); // the selection moves the browser
                            return;
                        }
                        view.bridge().selectVariant(v.finding()).exceptionally(this::navigationFailed);
                        return;
                    }
                    view.bridge().gotoLocus(target.get().igvLocus()).exceptionally(e -> {
                        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                        if (c instanceof IgvCommandException) {
                            status.setText(text("browser.locus.notFound", t));
                            return null;
                        }
                        return navigationFailed(e);
                    });
                })
                .onFailure(e -> status.setText(text("browser.error.start", String.valueOf(e.getMessage())))));
    }

    private <T> T navigationFailed(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (!(c instanceof CancellationException)) {
            LOG.warn("Genome browser navigation failed: {}", c.toString());
        }
        return null;
    }

    private void askAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("browser.save.title"));
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter(text("browser.save.svg"), "*.svg");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter(text("browser.save.png"), "*.png");
        chooser.getExtensionFilters().addAll(svg, png);
        String locus = view.bridge().locusProperty().get();
        chooser.setInitialFileName(kase.caseId() + "_" + locus.replaceAll("[^A-Za-z0-9_.-]+", "_") + ".svg");
        File file = chooser.showSaveDialog(window.get());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            target = target.resolveSibling(target.getFileName() + (chooser.getSelectedExtensionFilter() == png
                    ? ".png" : ".svg"));
        }
        save(target);
    }

    /**
     * Writes the view to {@code file} ({@code .svg} or PNG) and keeps the picture with the case. Completes on
     * the FX thread once both are done.
     */
    public java.util.concurrent.CompletableFuture<Long> save(Path file) {
        String locus = view.bridge().locusProperty().get();
        int width = (int) Math.round(view.webView().getWidth());
        int height = (int) Math.round(view.webView().getHeight());
        String format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? "SVG" : "PNG";
        java.util.concurrent.CompletableFuture<Long> stored = new java.util.concurrent.CompletableFuture<>();
        view.saveSnapshot(file).whenComplete((written, failure) -> {
            if (failure != null) {
                Throwable c = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                status.setText(text("browser.saveFailed", String.valueOf(c.getMessage())));
                stored.completeExceptionally(c);
                return;
            }
            executor.submit(BackgroundTask.<Long>of("store snapshot", ctx -> store.snapshots().save(kase.id(),
                            new CaseSnapshot(0, locus, format, width, height, Instant.now(), Files.readAllBytes(written))))
                    .onSuccess(id -> {
                        status.setText(text("browser.saved", written.getFileName(), kase.caseId()));
                        stored.complete(id);
                    })
                    .onFailure(e -> {
                        status.setText(text("browser.saveFailed", String.valueOf(e.getMessage())));
                        stored.completeExceptionally(e);
                    }));
        });
        return stored;
    }

    /** Blanks the browser and stops listening to the table (the case closes). */
    public void dispose() {
        disposed = true;
        table.selected().removeListener(selectionListener);
        view.bridge().removeListener(events);
        view.dispose();
    }

    public GenomeBrowserView browser() {
        return view;
    }

    public String statusText() {
        return status.getText();
    }

    private String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
