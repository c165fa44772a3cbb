package org.zenome.ui.interpretation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityCriterion;
import org.zenome.classification.somatic.Therapy;
import org.zenome.interpretation.InterpretationService.FindingView;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.ui.common.I18n;

/**
 * The somatic record of the selected finding of a cancer case: AMP/ASCO/CAP tier, oncogenicity criteria with
 * their points and class, the JSMO/JSCO/JCA evidence level, therapies (approval in Japan, evidence level, trials)
 * and the presumed-germline flag with its recommendations.
 */
public final class SomaticPane extends ScrollPane {
    private final InterpretationViewModel vm;
    private final ComboBox<AmpTier> tier = new ComboBox<>();
    private final ComboBox<JapaneseEvidenceLevel> level = new ComboBox<>();
    private final Map<OncogenicityCriterion, CheckBox> oncogenicity = new EnumMap<>(OncogenicityCriterion.class);
    private final Label oncogenicityResult = new Label();
    private final ObservableList<Therapy> therapies = FXCollections.observableArrayList();
    private final TextField note = new TextField();
    private final Label problem = new Label();
    private final ChangeListener<FindingView> listener;

    public SomaticPane(InterpretationViewModel vm, I18n i18n) {
        this.vm = vm;
        setId("somaticPane");
        setFitToWidth(true);
        Locale locale = i18n.locale();

        Label germline = new Label();
        germline.setId("germlineFlag");
        germline.getStyleClass().add("warning-text");
        germline.setWrapText(true);
        germline.textProperty().bind(vm.germlineFlagProperty());
        germline.managedProperty().bind(germline.textProperty().isNotEmpty());

        tier.setId("ampTier");
        tier.getItems().add(null);
        tier.getItems().addAll(AmpTier.values());
        tier.setConverter(ClassificationPane.converter(t -> t.displayName(locale)));
        level.setId("evidenceLevel");
        level.getItems().add(null);
        level.getItems().addAll(JapaneseEvidenceLevel.values());
        level.setConverter(ClassificationPane.converter(l -> l.name() + "  " + l.description(locale)));

        FlowPane onc = new FlowPane(6, 4);
        for (OncogenicityCriterion c : OncogenicityCriterion.values()) {
            CheckBox box = new CheckBox(c.name() + " (" + (c.points() > 0 ? "+" : "") + c.points() + ")");
            box.setId("onc-" + c.name());
            box.setTooltip(new Tooltip(c.description(locale)));
            box.selectedProperty().addListener(o -> updateOncogenicity(i18n));
            oncogenicity.put(c, box);
            onc.getChildren().add(box);
        }
        oncogenicityResult.setId("oncogenicityResult");

        TableView<Therapy> table = new TableView<>(therapies);
        table.setId("therapyTable");
        table.setPrefHeight(130);
        table.setPlaceholder(new Label(i18n.get("somatic.therapies.none")));
        table.getColumns().add(ClassificationPane.col(i18n.get("somatic.drug"), 120, Therapy::drug));
        table.getColumns().add(ClassificationPane.col(i18n.get("somatic.approval"), 150,
                t -> t.approval().displayName(locale)));
        table.getColumns().add(ClassificationPane.col(i18n.get("somatic.level"), 50, t -> t.evidenceLevel().name()));
        table.getColumns().add(ClassificationPane.col(i18n.get("somatic.trials"), 160,
                t -> String.join(" ", t.trials().stream().map(ClinicalTrial::identifier).toList())));
        table.getColumns().add(ClassificationPane.col(i18n.get("somatic.reference"), 120, Therapy::reference));

        TextField drug = new TextField();
        drug.setId("therapyDrug");
        drug.setPromptText(i18n.get("somatic.drug"));
        ComboBox<JapanApprovalStatus> approval = new ComboBox<>();
        approval.setId("therapyApproval");
        approval.getItems().setAll(JapanApprovalStatus.values());
        approval.setConverter(ClassificationPane.converter(a -> a.displayName(locale)));
        approval.setValue(JapanApprovalStatus.APPROVED_SAME_CANCER);
        ComboBox<JapaneseEvidenceLevel> therapyLevel = new ComboBox<>();
        therapyLevel.setId("therapyLevel");
        therapyLevel.getItems().setAll(JapaneseEvidenceLevel.values());
        therapyLevel.setValue(JapaneseEvidenceLevel.A);
        TextField trials = new TextField();
        trials.setId("therapyTrials");
        trials.setPromptText(i18n.get("somatic.trials.prompt"));
        TextField reference = new TextField();
        reference.setId("therapyReference");
        reference.setPromptText(i18n.get("somatic.reference"));
        Button add = new Button(i18n.get("somatic.add"));
        add.setId("therapyAdd");
        add.setOnAction(e -> {
            try {
                List<ClinicalTrial> list = new ArrayList<>();
                for (String t : trials.getText().split("[,\\s]+")) {
                    if (!t.isBlank()) {
                        list.add(ClinicalTrial.of(t));
                    }
                }
                therapies.add(new Therapy(drug.getText(), approval.getValue(), therapyLevel.getValue(),
                        reference.getText(), list));
                drug.clear();
                trials.clear();
                reference.clear();
                problem.setText("");
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
            }
        });
        Button remove = new Button(i18n.get("somatic.remove"));
        remove.setOnAction(e -> therapies.remove(table.getSelectionModel().getSelectedItem()));
        FlowPane therapyForm = new FlowPane(4, 4, drug, approval, therapyLevel, trials, reference, add, remove);

        note.setId("somaticNote");
        note.setPromptText(i18n.get("interp.note"));
        Button save = new Button(i18n.get("somatic.save"));
        save.setId("somaticSave");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.saveSomatic(tier.getValue(), oncogenicity.entrySet().stream()
                .filter(x -> x.getValue().isSelected()).map(Map.Entry::getKey).toList(), level.getValue(),
                List.copyOf(therapies), note.getText()));
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(new Label(i18n.get("somatic.tier"))), tier);
        grid.addRow(1, fixed(new Label(i18n.get("somatic.evidenceLevel"))), level);
        VBox box = new VBox(6, germline, grid, new Label(i18n.get("somatic.oncogenicity")), onc, oncogenicityResult,
                new Label(i18n.get("somatic.therapies")), table, therapyForm, note, new HBox(6, save), problem);
        box.setPadding(new Insets(8));
        setContent(box);

        listener = (o, old, v) -> fill(v, i18n);
        vm.viewProperty().addListener(listener);
        fill(vm.viewProperty().get(), i18n);
    }

    private void fill(FindingView v, I18n i18n) {
        SomaticRecord r = v == null ? null : v.somatic().orElse(null);
        tier.setValue(r == null ? null : r.tier());
        level.setValue(r == null ? null : r.evidenceLevel());
        oncogenicity.forEach((c, box) -> box.setSelected(r != null && r.oncogenicity().criteria().contains(c)));
        therapies.setAll(r == null ? List.of() : r.therapies());
        note.setText(r == null ? "" : r.note());
        problem.setText("");
        updateOncogenicity(i18n);
        setDisable(v == null);
    }

    private void updateOncogenicity(I18n i18n) {
        List<OncogenicityCriterion> chosen = oncogenicity.entrySet().stream().filter(x -> x.getValue().isSelected())
                .map(Map.Entry::getKey).toList();
        try {
            Oncogenicity o = new Oncogenicity(chosen);
            oncogenicityResult.setText(chosen.isEmpty() ? "" : i18n.get("somatic.oncogenicity.result", o.points(),
                    o.classification().displayName(i18n.locale())));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            oncogenicityResult.setText("");
            problem.setText(e.getMessage());
        }
    }

    public void dispose() {
        vm.viewProperty().removeListener(listener);
    }

    /** A label that keeps its whole text on a narrow pane (the field beside it gives way). */
    private static Label fixed(Label l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
