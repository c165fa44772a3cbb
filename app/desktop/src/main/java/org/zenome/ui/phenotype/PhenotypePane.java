package org.zenome.ui.phenotype;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.HpoTerm;
import org.zenome.ui.common.I18n;

/**
 * The case's phenotype as HPO terms: the recorded features (excluded ones marked, with onset), a search by label,
 * synonym or id showing each term's definition, and the gene ranking the variant table sorts and filters by.
 */
public final class PhenotypePane extends VBox {

    public PhenotypePane(PhenotypeViewModel vm, I18n i18n) {
        super(6);
        setId("phenotypePane");
        setPadding(new Insets(8));
        Label status = new Label();
        status.setId("phenotypeStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("hint-text");

        ListView<CaseFeature> features = new ListView<>(vm.features());
        features.setId("phenotypeFeatures");
        features.setPrefHeight(120);
        features.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CaseFeature f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().remove("phenotype-excluded");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                String text = (f.excluded() ? i18n.get("phenotype.excludedPrefix") + " " : "") + f.label() + "  ("
                        + f.termId() + ")" + (f.onsetLabel() == null ? "" : "  " + i18n.get("phenotype.onsetShown",
                        f.onsetLabel()));
                setText(text);
                if (f.excluded()) {
                    getStyleClass().add("phenotype-excluded");
                }
            }
        });
        features.setPlaceholder(new Label(i18n.get("phenotype.none")));
        Button remove = new Button(i18n.get("phenotype.remove"));
        remove.setId("phenotypeRemove");
        remove.disableProperty().bind(features.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            CaseFeature f = features.getSelectionModel().getSelectedItem();
            if (f != null) {
                vm.remove(f);
            }
        });

        TextField search = new TextField();
        search.setId("phenotypeSearch");
        search.setPromptText(i18n.get("phenotype.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.disableProperty().bind(vm.availableProperty().not());
        ListView<HpoTerm> results = new ListView<>(vm.results());
        results.setId("phenotypeResults");
        results.setPrefHeight(120);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HpoTerm t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.label() + "  (" + t.id() + ")");
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> {
            if (t != null) {
                vm.selectedResultProperty().set(t);
            }
        });
        vm.selectedResultProperty().addListener((o, old, t) -> {
            if (t != null && results.getSelectionModel().getSelectedItem() != t) {
                results.getSelectionModel().select(t);
            }
        });
        TextArea definition = new TextArea();
        definition.setId("phenotypeDefinition");
        definition.setEditable(false);
        definition.setWrapText(true);
        definition.setPrefRowCount(3);
        definition.textProperty().bind(Bindings.createStringBinding(() -> {
            HpoTerm t = vm.selectedResultProperty().get();
            if (t == null) {
                return "";
            }
            String syn = t.synonyms().isEmpty() ? "" : "\n" + i18n.get("phenotype.synonyms") + " "
                    + String.join("; ", t.synonyms());
            return t.label() + " (" + t.id() + ")\n"
                    + (t.definition().isEmpty() ? i18n.get("phenotype.noDefinition") : t.definition()) + syn;
        }, vm.selectedResultProperty()));

        ComboBox<HpoTerm> onset = new ComboBox<>(vm.onsets());
        onset.setId("phenotypeOnset");
        onset.setPromptText(i18n.get("phenotype.onset"));
        onset.valueProperty().bindBidirectional(vm.onsetProperty());
        onset.setConverter(new StringConverter<>() {
            @Override
            public String toString(HpoTerm t) {
                return t == null ? "" : t.label();
            }

            @Override
            public HpoTerm fromString(String s) {
                return null;
            }
        });
        CheckBox excluded = new CheckBox(i18n.get("phenotype.excluded"));
        excluded.setId("phenotypeExcluded");
        excluded.selectedProperty().bindBidirectional(vm.excludedProperty());
        Button add = new Button(i18n.get("phenotype.add"));
        add.setId("phenotypeAdd");
        add.setDefaultButton(false);
        add.disableProperty().bind(vm.selectedResultProperty().isNull().or(vm.availableProperty().not()));
        add.setOnAction(e -> vm.addSelected());
        search.setOnAction(e -> vm.addSelected());
        HBox addRow = new HBox(8, onset, excluded, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<PhenotypeViewModel.Ranking> ranking = new ComboBox<>();
        ranking.setId("phenotypeRanking");
        ranking.getItems().addAll(PhenotypeViewModel.Ranking.values());
        ranking.valueProperty().bindBidirectional(vm.rankingProperty());
        ranking.setConverter(new StringConverter<>() {
            @Override
            public String toString(PhenotypeViewModel.Ranking r) {
                if (r == null) {
                    return i18n.get("phenotype.ranking.none");
                }
                return r == PhenotypeViewModel.Ranking.PHENOTYPE ? i18n.get("phenotype.ranking.PHENOTYPE")
                        : i18n.get("phenotype.ranking.EXOMISER");
            }

            @Override
            public PhenotypeViewModel.Ranking fromString(String s) {
                return null;
            }
        });
        TextField minScore = new TextField();
        minScore.setId("phenotypeMinScore");
        minScore.setPrefColumnCount(5);
        minScore.setPromptText(i18n.get("phenotype.minScore.prompt"));
        minScore.textProperty().bindBidirectional(vm.minScoreTextProperty());
        HBox rankRow = new HBox(8, new Label(i18n.get("phenotype.ranking")), ranking,
                new Label(i18n.get("phenotype.minScore")), minScore);
        rankRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("phenotypeError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        HBox featureRow = new HBox(8, features, remove);
        HBox.setHgrow(features, Priority.ALWAYS);
        getChildren().addAll(status, new Label(i18n.get("phenotype.features")), featureRow, rankRow, search, results,
                definition, addRow, error);
        VBox.setVgrow(results, Priority.SOMETIMES);
    }
}
