package org.zenome.ui.settings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.interpretation.ThresholdSet;
import org.zenome.ui.common.I18n;

/**
 * Settings → Suggestion thresholds: the default BA1/BS1/PM2 population-frequency thresholds, the genes with their
 * own, the reason for a change, Save (a new version), and the versions so far. Administrators only may save.
 */
public final class ThresholdSettingsDialog {
    private final Stage stage = new Stage();
    private final ThresholdSettingsViewModel vm;
    private final I18n i18n;
    private final GridPane geneGrid = new GridPane();

    public ThresholdSettingsDialog(Window owner, ThresholdSettingsViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("thresholds.title"));
        Label intro = new Label(i18n.get("thresholds.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label current = new Label();
        current.setId("thrCurrent");
        current.setWrapText(true);
        current.textProperty().bind(vm.currentProperty());
        Label readOnly = new Label(i18n.get("thresholds.readOnly"));
        readOnly.getStyleClass().add("warning-text");
        readOnly.visibleProperty().bind(vm.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        GridPane defaultsGrid = grid();
        header(defaultsGrid, false);
        row(defaultsGrid, 1, new Label(i18n.get("thresholds.defaults")), vm.defaults(), "thrDefault", null);

        header(geneGrid, true);
        vm.genes().addListener((ListChangeListener<ThresholdSettingsViewModel.GeneRow>) c -> fillGenes());
        fillGenes();
        Button addGene = new Button(i18n.get("thresholds.addGene"));
        addGene.setId("thrAddGene");
        addGene.disableProperty().bind(vm.editableProperty().not());
        addGene.setOnAction(e -> vm.addGene());

        TextField reason = new TextField();
        reason.setId("thrReason");
        reason.setPromptText(i18n.get("thresholds.reason.prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.disableProperty().bind(vm.editableProperty().not());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button save = new Button(i18n.get("thresholds.save"));
        save.setId("thrSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.editableProperty().not().or(vm.savingProperty()));
        save.setOnAction(e -> vm.save());
        HBox saveRow = new HBox(8, new Label(i18n.get("thresholds.reason")), reason, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("thrError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label message = new Label();
        message.setId("thrMessage");
        message.textProperty().bind(vm.messageProperty());

        TableView<ThresholdSet> versions = new TableView<>(vm.versions());
        versions.setId("thrVersions");
        versions.setPrefHeight(150);
        versions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versions.getColumns().add(column(i18n.get("thresholds.column.version"), s -> Integer.toString(s.version()),
                60));
        versions.getColumns().add(column(i18n.get("thresholds.column.at"), s -> s.at().atZone(
                java.time.ZoneId.systemDefault()).toLocalDateTime().toString().replace('T', ' ').substring(0, 16), 130));
        versions.getColumns().add(column(i18n.get("thresholds.column.user"), ThresholdSet::user, 100));
        versions.getColumns().add(column(i18n.get("thresholds.column.reason"), ThresholdSet::note, 250));
        versions.getColumns().add(column(i18n.get("thresholds.column.thresholds"), ThresholdSet::describe, 300));
        Button showVersion = new Button(i18n.get("thresholds.showVersion"));
        showVersion.setId("thrShowVersion");
        showVersion.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        showVersion.setOnAction(e -> vm.show(versions.getSelectionModel().getSelectedItem()));
        TitledPane history = new TitledPane(i18n.get("thresholds.versions"), new VBox(6, versions, showVersion));
        history.setCollapsible(false);

        Button close = new Button(i18n.get("references.close"));
        close.setId("thrClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        TitledPane defaultsPane = new TitledPane(i18n.get("thresholds.defaults.title"), defaultsGrid);
        defaultsPane.setCollapsible(false);
        ScrollPane geneScroll = new ScrollPane(geneGrid);
        geneScroll.setFitToWidth(true);
        geneScroll.setPrefViewportHeight(140);
        TitledPane genesPane = new TitledPane(i18n.get("thresholds.genes.title"), new VBox(6, geneScroll, addGene));
        genesPane.setCollapsible(false);
        VBox root = new VBox(10, intro, current, readOnly, defaultsPane, genesPane, reputablePane(), saveRow, error,
                message, history, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(new ScrollPane(root) {
            {
                setFitToWidth(true);
            }
        }, 900, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        vm.load();
    }

    /** PP5/BP6 from ClinVar: the switch and the review status they need, with why they are off by default. */
    private TitledPane reputablePane() {
        Label why = new Label(i18n.get("thresholds.reputable.intro"));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.CheckBox on = new javafx.scene.control.CheckBox(i18n.get("thresholds.reputable.on"));
        on.setId("thrReputable");
        on.selectedProperty().bindBidirectional(vm.reputableProperty());
        on.disableProperty().bind(vm.editableProperty().not());
        javafx.scene.control.ComboBox<Integer> stars = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(1, 2, 3, 4));
        stars.setId("thrReputableStars");
        stars.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return vm.starsText(n);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        stars.valueProperty().bindBidirectional(vm.reputableMinStarsProperty()); // after the converter: shown at once
        stars.disableProperty().bind(vm.editableProperty().not().or(vm.reputableProperty().not()));
        HBox starsRow = new HBox(8, new Label(i18n.get("thresholds.reputable.stars")), stars);
        starsRow.setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane(i18n.get("thresholds.reputable.title"), new VBox(6, why, on, starsRow));
        pane.setId("thrReputablePane");
        pane.setCollapsible(false);
        return pane;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private void header(GridPane g, boolean gene) {
        g.addRow(0, new Label(gene ? i18n.get("thresholds.gene") : ""), new Label(i18n.get("thresholds.ba1")),
                new Label(i18n.get("thresholds.bs1")), new Label(i18n.get("thresholds.pm2Dominant")),
                new Label(i18n.get("thresholds.pm2Recessive")));
    }

    private void fillGenes() {
        geneGrid.setHgap(8);
        geneGrid.setVgap(6);
        geneGrid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0);
        int r = 1;
        for (ThresholdSettingsViewModel.GeneRow row : vm.genes()) {
            TextField gene = new TextField();
            gene.setId("thrGene-" + (r - 1));
            gene.setPrefColumnCount(8);
            gene.textProperty().bindBidirectional(row.geneProperty());
            gene.disableProperty().bind(vm.editableProperty().not());
            Button remove = new Button(i18n.get("thresholds.removeGene"));
            remove.setId("thrRemove-" + (r - 1));
            remove.disableProperty().bind(vm.editableProperty().not());
            remove.setOnAction(e -> vm.removeGene(row));
            row(geneGrid, r, gene, row, "thr" + (r - 1), remove);
            r++;
        }
    }

    private void row(GridPane g, int r, javafx.scene.Node first, ThresholdSettingsViewModel.Values v, String id,
                     Button remove) {
        g.add(first, 0, r);
        g.add(field(v.ba1Property(), id + "-ba1"), 1, r);
        g.add(field(v.bs1Property(), id + "-bs1"), 2, r);
        g.add(field(v.pm2DominantProperty(), id + "-pm2d"), 3, r);
        g.add(field(v.pm2RecessiveProperty(), id + "-pm2r"), 4, r);
        if (remove != null) {
            g.add(remove, 5, r);
        }
    }

    private TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(p);
        f.disableProperty().bind(vm.editableProperty().not());
        return f;
    }

    private static TableColumn<ThresholdSet, String> column(String title,
                                                           java.util.function.Function<ThresholdSet, String> f,
                                                           double width) {
        TableColumn<ThresholdSet, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
