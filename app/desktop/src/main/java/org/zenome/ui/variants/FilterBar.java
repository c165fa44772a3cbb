package org.zenome.ui.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.ui.common.I18n;

/** The filter bar of a case: every criterion of {@link org.zenome.domain.VariantFilter}, bound to the view model. */
final class FilterBar extends FlowPane {
    private final ContextMenu suggestions = new ContextMenu();

    FilterBar(VariantsViewModel vm, I18n i18n) {
        super(12, 6);
        getStyleClass().add("filter-bar");

        TextField gene = new TextField();
        gene.setId("geneFilter");
        gene.setPrefColumnCount(16);
        gene.setPromptText(i18n.get("filter.gene.prompt"));
        gene.setTooltip(new Tooltip(i18n.get("filter.gene.tooltip")));
        gene.textProperty().bindBidirectional(vm.geneTextProperty());
        vm.geneSuggestions().addListener((ListChangeListener<String>) c -> showSuggestions(gene, vm));
        gene.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });

        TextField region = new TextField();
        region.setId("regionFilter");
        region.setPrefColumnCount(14);
        region.setPromptText(i18n.get("filter.region.prompt"));
        region.textProperty().bindBidirectional(vm.regionTextProperty());

        CheckComboBox<String> consequence = checkCombo(FXCollections.observableArrayList(SoTerms.CONSEQUENCES),
                vm.consequences(), s -> s, i18n);
        consequence.setId("consequenceFilter");
        consequence.setPrefWidth(170);
        CheckComboBox<Impact> impact = checkCombo(FXCollections.observableArrayList(Impact.values()), vm.impacts(),
                i18n::label, i18n);
        impact.setId("impactFilter");
        impact.setPrefWidth(150);
        List<ClinicalSignificance> classes = new ArrayList<>(Arrays.asList(ClinicalSignificance.values()));
        classes.remove(ClinicalSignificance.NONE);
        java.util.Collections.reverse(classes);
        CheckComboBox<ClinicalSignificance> clinvar = checkCombo(FXCollections.observableArrayList(classes),
                vm.clinvar(), i18n::label, i18n);
        clinvar.setId("clinvarFilter");
        clinvar.setPrefWidth(150);

        TextField maxAf = number("maxAfFilter", vm.maxAfTextProperty(), "0.01", i18n.get("filter.maxAf.tooltip"));
        TextField minQual = number("minQualFilter", vm.minQualTextProperty(), "30", i18n.get("filter.minQual.tooltip"));
        TextField minDepth = number("minDepthFilter", vm.minDepthTextProperty(), "10", i18n.get("filter.minDepth.tooltip"));
        CheckBox pass = new CheckBox(i18n.get("filter.passOnly"));
        pass.setId("passOnlyFilter");
        pass.selectedProperty().bindBidirectional(vm.passOnlyProperty());

        ObservableList<InheritanceModel> models = FXCollections.observableArrayList();
        models.add(null);
        models.addAll(InheritanceModel.values());
        ComboBox<InheritanceModel> inheritance = new ComboBox<>(models);
        inheritance.setId("inheritanceFilter");
        inheritance.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(InheritanceModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get("filter.inheritance.none") : i18n.label(item));
            }
        });
        inheritance.setButtonCell(inheritance.getCellFactory().call(null));
        inheritance.setPromptText(i18n.get("filter.inheritance.none"));
        inheritance.valueProperty().bindBidirectional(vm.inheritanceProperty());
        boolean trio = vm.isTrio();
        inheritance.setDisable(!trio);
        Node inheritanceField = field(i18n.get("filter.inheritance"), inheritance);
        if (!trio) {
            Tooltip.install(inheritanceField, new Tooltip(i18n.get("filter.inheritance.trioOnly")));
        }

        Button reset = new Button(i18n.get("filter.reset"));
        reset.setId("resetFilter");
        reset.setOnAction(e -> vm.resetFilter());
        Label error = new Label();
        error.setId("filterError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.filterErrorProperty());

        getChildren().addAll(
                field(i18n.get("filter.gene"), gene),
                field(i18n.get("filter.region"), region),
                field(i18n.get("filter.consequence"), consequence),
                field(i18n.get("filter.impact"), impact),
                field(i18n.get("filter.clinvar"), clinvar),
                field(i18n.get("filter.maxAf"), maxAf),
                field(i18n.get("filter.minQual"), minQual),
                field(i18n.get("filter.minDepth"), minDepth),
                pass,
                inheritanceField,
                reset,
                error);
    }

    private void showSuggestions(TextField gene, VariantsViewModel vm) {
        List<String> list = vm.geneSuggestions();
        if (list.isEmpty() || !gene.isFocused()) {
            suggestions.hide();
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (String g : list) {
            MenuItem item = new MenuItem(g);
            item.setOnAction(e -> {
                vm.acceptSuggestion(g);
                gene.positionCaret(gene.getText().length());
            });
            items.add(item);
        }
        suggestions.getItems().setAll(items);
        if (!suggestions.isShowing()) {
            suggestions.show(gene, Side.BOTTOM, 0, 0);
        }
    }

    private static TextField number(String id, javafx.beans.property.StringProperty property, String prompt,
                                    String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPromptText(prompt);
        field.setTooltip(new Tooltip(tooltip));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> CheckComboBox<T> checkCombo(ObservableList<T> items, ObservableList<T> target,
                                                   java.util.function.Function<T, String> label, I18n i18n) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        box.setTitle(i18n.get("filter.any"));
        box.setShowCheckedCount(true);
        for (T t : target) {
            box.getCheckModel().check(t);
        }
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                target.setAll(new ArrayList<>(box.getCheckModel().getCheckedItems())));
        target.addListener((ListChangeListener<T>) c -> {
            if (target.isEmpty() && !box.getCheckModel().getCheckedItems().isEmpty()) {
                box.getCheckModel().clearChecks();
            }
        });
        return box;
    }

    private static Node field(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
