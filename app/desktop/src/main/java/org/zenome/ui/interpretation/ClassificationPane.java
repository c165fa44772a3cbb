package org.zenome.ui.interpretation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ClassificationText;
import org.zenome.classification.CriterionGroup;
import org.zenome.classification.Direction;
import org.zenome.classification.InheritanceMode;
import org.zenome.classification.Strength;
import org.zenome.ui.common.I18n;

/**
 * The ACMG/AMP classification of the selected finding: both classes with a warning when they disagree, the 28
 * criteria grouped by kind of evidence with the suggestion and its data, accept / reject with a strength and a
 * note, the annotation sources and the history of every change.
 */
public final class ClassificationPane extends BorderPane {
    private final InterpretationViewModel vm;
    private final I18n i18n;
    private final VBox groups = new VBox(6);
    private final ListChangeListener<CriterionRow> listener;
    private final VBox historyPane;

    public ClassificationPane(InterpretationViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("classificationPane");
        getStyleClass().add("classification-pane");

        Label rules = new Label();
        rules.setId("rulesClass");
        rules.textProperty().bind(vm.rulesClassProperty());
        Label points = new Label();
        points.setId("pointsClass");
        points.textProperty().bind(vm.pointsClassProperty());
        Label warning = new Label();
        warning.setId("classDisagreement");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.disagreementProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        Label sf = new Label();
        sf.setId("secondaryFinding");
        sf.getStyleClass().add("sf-text");
        sf.textProperty().bind(vm.secondaryProperty());
        sf.managedProperty().bind(sf.textProperty().isNotEmpty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        GridPane classes = new GridPane();
        classes.setHgap(8);
        classes.addRow(0, bold(i18n.get("interp.rules")), rules);
        classes.addRow(1, bold(i18n.get("interp.pointsScheme")), points);

        CheckBox lof = new CheckBox(i18n.get("interp.option.lof"));
        lof.setId("lofMechanism");
        lof.selectedProperty().bindBidirectional(vm.lofMechanismProperty());
        ComboBox<InheritanceMode> inheritance = new ComboBox<>();
        inheritance.getItems().setAll(InheritanceMode.values());
        inheritance.setConverter(converter(m -> ClassificationText.message(i18n.locale(), "inheritance." + m.name())));
        inheritance.valueProperty().bindBidirectional(vm.inheritanceProperty());
        CheckBox parentage = new CheckBox(i18n.get("interp.option.parentage"));
        parentage.selectedProperty().bindBidirectional(vm.parentageConfirmedProperty());
        FlowPane options = new FlowPane(10, 4, lof, new Label(i18n.get("interp.option.inheritance")), inheritance,
                parentage);
        classes.add(sf, 0, 2, 2, 1);

        Label thresholds = new Label();
        thresholds.setId("thresholdVersion");
        thresholds.getStyleClass().add("hint-text");
        thresholds.setWrapText(true);
        thresholds.textProperty().bind(vm.thresholdsTextProperty());
        thresholds.managedProperty().bind(thresholds.textProperty().isNotEmpty());
        VBox top = new VBox(3, classes, warning, thresholds, options, error);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);

        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setId("criteriaScroll");
        groups.setPadding(new Insets(4, 8, 8, 8));

        ListView<String> sources = new ListView<>(vm.annotations());
        sources.setId("annotationList");
        sources.setPlaceholder(new Label(i18n.get("interp.sources.none")));
        sources.setPrefHeight(70);

        TableView<HistoryRow> history = new TableView<>(vm.history());
        history.setId("historyTable");
        history.setPlaceholder(new Label(i18n.get("interp.history.none")));
        history.getColumns().add(col(i18n.get("interp.history.at"), 115, HistoryRow::at));
        history.getColumns().add(col(i18n.get("interp.history.user"), 70, HistoryRow::user));
        history.getColumns().add(col(i18n.get("interp.history.subject"), 110, HistoryRow::subject));
        history.getColumns().add(col(i18n.get("interp.history.old"), 150, HistoryRow::oldValue));
        history.getColumns().add(col(i18n.get("interp.history.new"), 150, HistoryRow::newValue));
        history.getColumns().add(col(i18n.get("interp.history.note"), 150, HistoryRow::note));

        historyPane = new VBox(2, section(i18n.get("interp.sources")), sources, section(i18n.get("interp.history")),
                history);
        VBox.setVgrow(history, Priority.ALWAYS);
        historyPane.setPadding(new Insets(4, 6, 4, 6));
        setCenter(scroll);

        listener = c -> rebuild();
        vm.criteria().addListener(listener);
        rebuild();
    }

    private void rebuild() {
        groups.getChildren().clear();
        if (vm.criteria().isEmpty()) {
            groups.getChildren().add(new Label(i18n.get("interp.noFinding")));
            return;
        }
        for (CriterionGroup g : CriterionGroup.values()) {
            List<CriterionRow> rows = vm.criteria().stream().filter(r -> r.criterion().group() == g).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Label header = new Label(ClassificationText.message(i18n.locale(), "group." + g.name()));
            header.getStyleClass().add("section-title");
            GridPane grid = new GridPane();
            grid.setHgap(6);
            grid.setVgap(3);
            int r = 0;
            for (CriterionRow row : rows) {
                addRow(grid, r++, row);
            }
            groups.getChildren().addAll(header, grid);
        }
    }

    private void addRow(GridPane grid, int r, CriterionRow row) {
        AcmgCriterion c = row.criterion();
        Label code = new Label(c.code());
        code.setId("criterion-" + c.code());
        code.getStyleClass().addAll("criterion-code", c.direction() == Direction.PATHOGENIC ? "criterion-pathogenic"
                : "criterion-benign");
        code.setTooltip(new Tooltip(row.description()));
        code.setMinWidth(46);
        Label state = new Label(stateText(row));
        state.setId("criterionState-" + c.code());
        state.getStyleClass().add(row.status() == null ? "criterion-open"
                : "criterion-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
        state.setMinWidth(120);
        if (!row.decidedBy().isEmpty()) {
            state.setTooltip(new Tooltip(row.decidedBy() + (row.note().isEmpty() ? "" : "\n" + row.note())));
        }
        ComboBox<Strength> strength = new ComboBox<>();
        strength.setId("strength-" + c.code());
        strength.getItems().setAll(strengths(c));
        strength.setConverter(converter(s -> ClassificationText.message(i18n.locale(), "strength." + s.name())));
        strength.setValue(row.strength() != null ? row.strength() : row.suggested() != null ? row.suggested()
                : c.defaultStrength());
        TextField note = new TextField(row.status() == null ? "" : row.note());
        note.setId("note-" + c.code());
        note.setPromptText(i18n.get("interp.note"));
        note.setPrefColumnCount(14);
        Button accept = new Button(i18n.get("interp.accept"));
        accept.setId("accept-" + c.code());
        accept.setOnAction(e -> vm.decide(c, strength.getValue(), CallStatus.ACCEPTED, note.getText()));
        Button reject = new Button(i18n.get("interp.reject"));
        reject.setId("reject-" + c.code());
        reject.setOnAction(e -> vm.decide(c, strength.getValue(), CallStatus.REJECTED, note.getText()));
        HBox controls = new HBox(4, strength, note, accept, reject);
        controls.setAlignment(Pos.CENTER_LEFT);
        grid.add(code, 0, r * 2);
        grid.add(state, 1, r * 2);
        grid.add(controls, 2, r * 2);
        Label detail = new Label(row.suggested() != null ? i18n.get("interp.suggested",
                c.code() + (row.suggested() == c.defaultStrength() ? "" : "_" + row.suggested().suffix()),
                row.evidence()) : row.description());
        detail.setId("criterionDetail-" + c.code());
        detail.setWrapText(true);
        detail.getStyleClass().add(row.suggested() != null ? "criterion-suggestion" : "criterion-description");
        grid.add(detail, 1, r * 2 + 1, 2, 1);
    }

    private String stateText(CriterionRow row) {
        if (row.status() == null) {
            return row.suggested() != null ? i18n.get("interp.state.suggested") : "";
        }
        String s = ClassificationText.message(i18n.locale(), "status." + row.status().name());
        return row.status() == CallStatus.ACCEPTED && row.strength() != row.criterion().defaultStrength()
                ? s + " (" + ClassificationText.message(i18n.locale(), "strength." + row.strength().name()) + ")" : s;
    }

    static List<Strength> strengths(AcmgCriterion c) {
        List<Strength> out = new ArrayList<>();
        for (Strength s : Strength.values()) {
            if (s != Strength.STAND_ALONE || c == AcmgCriterion.BA1) {
                out.add(s);
            }
        }
        return out;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static <S> TableColumn<S, String> col(String title, double width, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    /** Annotation sources and the history of the finding, shown in their own tab. */
    public VBox historyPane() {
        return historyPane;
    }

    public void dispose() {
        vm.criteria().removeListener(listener);
    }
}
