package org.zenome.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.zenome.ui.cases.CaseListView;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.importer.ImportDialog;
import org.zenome.ui.variants.VariantsView;
import org.zenome.ui.variants.VariantsViewModel;

/** The main window's content: menu, case list tab, one tab per open case, status bar. */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final I18n i18n;
    private final String stylesheet;
    private final TabPane tabs = new TabPane();
    private final Map<VariantsViewModel, Tab> caseTabs = new HashMap<>();
    private final Tab casesTab;
    private final ListChangeListener<VariantsViewModel> openCasesListener;
    private final Map<VariantsViewModel, Runnable> caseDisposers = new HashMap<>();
    private CaseBrowserFactory browserFactory;

    /** Makes the genome browser of an open case; the returned pane is disposed when the case closes. */
    @FunctionalInterface
    public interface CaseBrowserFactory {
        org.zenome.ui.browser.CaseBrowserPane create(VariantsViewModel caseVm, javafx.scene.control.TableView<
                org.zenome.domain.Finding> table, java.util.function.Supplier<Window> window);
    }
    private final javafx.beans.property.ObjectProperty<Consumer<org.zenome.domain.CaseSummary>> reportAction =
            new javafx.beans.property.SimpleObjectProperty<>();

    public MainWindow(MainViewModel vm, I18n i18n, Formats formats, String stylesheet, Consumer<Locale> switchLanguage,
                      Runnable exit) {
        this.vm = vm;
        this.i18n = i18n;
        this.stylesheet = stylesheet;
        getStyleClass().add("main-window");

        MenuItem importItem = new MenuItem(i18n.get("menu.file.import"));
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.setOnAction(e -> showImportDialog());
        MenuItem reportItem = new MenuItem(i18n.get("menu.file.report"));
        reportItem.setId("menuReport");
        reportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reportItem.disableProperty().bind(vm.activeCaseProperty().isNull().or(reportAction.isNull()));
        reportItem.setOnAction(e -> openReport());
        MenuItem exitItem = new MenuItem(i18n.get("menu.file.exit"));
        exitItem.setOnAction(e -> exit.run());
        Menu file = new Menu(i18n.get("menu.file"), null, importItem, reportItem, exitItem);
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem japanese = new RadioMenuItem("日本語");
        japanese.setId("languageJapanese");
        RadioMenuItem english = new RadioMenuItem("English");
        english.setId("languageEnglish");
        japanese.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (Locale.JAPANESE.equals(i18n.locale()) ? japanese : english).setSelected(true);
        japanese.setOnAction(e -> switchLanguage.accept(Locale.JAPANESE));
        english.setOnAction(e -> switchLanguage.accept(Locale.ENGLISH));
        Menu language = new Menu(i18n.get("menu.language"), null, japanese, english);
        language.setId("languageMenu");
        MenuItem referencesItem = new MenuItem(i18n.get("menu.settings.references"));
        referencesItem.setId("menuReferences");
        referencesItem.setOnAction(e -> showReferenceGenomes());
        MenuItem hpoItem = new MenuItem(i18n.get("menu.settings.hpo"));
        hpoItem.setId("menuHpoFiles");
        hpoItem.setOnAction(e -> showHpoFiles());
        Menu settings = new Menu(i18n.get("menu.settings"), null, referencesItem, hpoItem);
        settings.setId("settingsMenu");
        setTop(new MenuBar(file, settings, language));

        CaseListView caseList = new CaseListView(vm.caseList(), i18n, formats, this::showImportDialog, vm::openCase);
        casesTab = new Tab(i18n.get("tab.cases"), caseList);
        casesTab.setClosable(false);
        tabs.setId("mainTabs");
        tabs.getTabs().add(casesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        openCasesListener = c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::removeTab);
                c.getAddedSubList().forEach(this::addTab);
            }
        };
        vm.openCases().addListener(openCasesListener);
        vm.openCases().forEach(this::addTab);
        vm.activeCaseProperty().addListener((o, old, active) -> {
            Tab tab = active == null ? casesTab : caseTabs.get(active);
            if (tab != null) {
                tabs.getSelectionModel().select(tab);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            VariantsViewModel active = caseTabs.entrySet().stream().filter(en -> en.getValue() == tab)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            vm.activeCaseProperty().set(active);
        });
        setCenter(tabs);

        Label database = new Label();
        database.setId("statusDatabase");
        database.textProperty().bind(vm.statusTextProperty());
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(vm.backgroundMessageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(vm.backgroundProgressProperty());
        progress.visibleProperty().bind(vm.backgroundRunningProperty());
        Button cancel = new Button(i18n.get("button.cancel"));
        cancel.setId("statusCancel");
        cancel.visibleProperty().bind(vm.backgroundRunningProperty());
        cancel.setOnAction(e -> vm.cancelBackground());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(10, database, spacer, message, progress, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(3, 10, 3, 10));
        status.getStyleClass().add("status-bar");
        setBottom(status);

        vm.errorMessageProperty().addListener((o, old, text) -> {
            if (text != null && !text.isEmpty()) {
                Dialogs.error(window(), i18n, text);
                vm.clearError();
            }
        });
        vm.offerDemoProperty().addListener((o, old, offer) -> {
            if (offer) {
                // after the current pulse, so the main window is on screen behind the question
                javafx.application.Platform.runLater(this::askForDemo);
            }
        });
    }

    private void askForDemo() {
        if (!vm.offerDemoProperty().get()) {
            return;
        }
        boolean yes = Dialogs.confirm(window(), i18n, i18n.get("demo.offer.title"), i18n.get("demo.offer.text"),
                i18n.get("demo.offer.yes"), i18n.get("demo.offer.no"));
        if (yes) {
            vm.createDemoCases();
        } else {
            vm.demoOfferAnswered();
        }
    }

    /** Shows a genome browser beside the table of each case opened from now on (and of those open). */
    public void setCaseBrowserFactory(CaseBrowserFactory factory) {
        this.browserFactory = factory;
        for (Map.Entry<VariantsViewModel, Tab> e : caseTabs.entrySet()) {
            if (!caseDisposers.containsKey(e.getKey()) && e.getValue().getContent() instanceof VariantsView v) {
                attachBrowser(e.getKey(), v);
            }
        }
    }

    private void attachBrowser(VariantsViewModel caseVm, VariantsView view) {
        if (browserFactory == null) {
            return;
        }
        org.zenome.ui.browser.CaseBrowserPane browser = browserFactory.create(caseVm, view.table(), this::window);
        view.setBrowser(browser);
        caseVm.setPaneGate(browser::shown);
        caseDisposers.put(caseVm, () -> {
            caseVm.setPaneGate(null);
            browser.dispose();
        });
    }

    private void addTab(VariantsViewModel caseVm) {
        VariantsView view = new VariantsView(caseVm, i18n);
        attachBrowser(caseVm, view);
        Tab tab = new Tab(caseVm.kase().caseId(), view);
        tab.setId("case-" + caseVm.kase().caseId());
        tab.setTooltip(new Tooltip(caseVm.kase().diagnosis()));
        tab.setOnClosed(e -> vm.closeCase(caseVm));
        caseTabs.put(caseVm, tab);
        tabs.getTabs().add(tab);
    }

    private void removeTab(VariantsViewModel caseVm) {
        Runnable disposer = caseDisposers.remove(caseVm);
        if (disposer != null) {
            disposer.run();
        }
        Tab tab = caseTabs.remove(caseVm);
        if (tab != null) {
            tabs.getTabs().remove(tab);
        }
    }

    /** Opens Settings → HPO files. */
    public org.zenome.ui.phenotype.HpoFilesDialog showHpoFiles() {
        org.zenome.ui.phenotype.HpoFilesDialog dialog = new org.zenome.ui.phenotype.HpoFilesDialog(window(),
                vm.hpoFiles(), i18n, stylesheet);
        dialog.show();
        return dialog;
    }

    /** Opens the reference genomes preferences page. */
    public org.zenome.ui.settings.ReferenceGenomesDialog showReferenceGenomes() {
        org.zenome.ui.settings.ReferenceGenomesDialog dialog = new org.zenome.ui.settings.ReferenceGenomesDialog(
                window(), vm.referenceGenomes(), i18n, stylesheet);
        dialog.show();
        return dialog;
    }

    /** What the Report menu item does with the active case (set by the composition root when reports exist). */
    public void setReportAction(Consumer<org.zenome.domain.CaseSummary> action) {
        reportAction.set(action);
    }

    /** Opens the report window of the active case. */
    public void openReport() {
        VariantsViewModel active = vm.activeCaseProperty().get();
        if (active != null && reportAction.get() != null) {
            reportAction.get().accept(active.kase());
        }
    }

    /** Opens the import dialog. */
    public ImportDialog showImportDialog() {
        ImportDialog dialog = new ImportDialog(window(), vm.newImport(), i18n, stylesheet);
        dialog.show();
        return dialog;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Stops listening to the view model (before the window content is rebuilt). */
    public void dispose() {
        vm.openCases().removeListener(openCasesListener);
        caseDisposers.values().forEach(Runnable::run);
        caseDisposers.clear();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Adds an item to the Settings menu (pages of the composition root, e.g. the administrator's). */
    public void addSettingsItem(MenuItem item) {
        ((MenuBar) getTop()).getMenus().stream().filter(m -> "settingsMenu".equals(m.getId())).findFirst()
                .ifPresent(m -> m.getItems().add(item));
    }

    /** Adds a menu to the menu bar (the expert-panel menu of the composition root). */
    public void addMenu(Menu menu) {
        ((MenuBar) getTop()).getMenus().add(menu);
    }
}
