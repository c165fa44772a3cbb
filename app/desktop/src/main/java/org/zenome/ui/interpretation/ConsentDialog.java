package org.zenome.ui.interpretation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SecondaryFindingList;
import org.zenome.ui.common.I18n;

/** Records the patient's consent on the case: secondary findings (all, none, by category), research use. */
public final class ConsentDialog extends Dialog<ButtonType> {
    final RadioButton all;
    final RadioButton none;
    final RadioButton some;
    final Map<String, CheckBox> categories = new LinkedHashMap<>();
    final CheckBox research;
    final ComboBox<SecondaryFindingList> list = new ComboBox<>();

    public ConsentDialog(Window owner, InterpretationViewModel vm, I18n i18n) {
        initOwner(owner);
        setTitle(i18n.get("consent.title"));
        setHeaderText(i18n.get("consent.header", vm.kase().caseId()));
        SecondaryFindingConsent current = vm.consentProperty().get();
        ToggleGroup choice = new ToggleGroup();
        all = new RadioButton(i18n.get("consent.sf.all"));
        all.setId("consentAll");
        none = new RadioButton(i18n.get("consent.sf.none"));
        none.setId("consentNone");
        some = new RadioButton(i18n.get("consent.sf.byCategory"));
        some.setId("consentSome");
        for (RadioButton b : new RadioButton[] {all, none, some}) {
            b.setToggleGroup(choice);
        }
        list.getItems().setAll(vm.geneLists());
        list.setConverter(ClassificationPane.converter(l -> l.name()));
        list.setValue(vm.geneLists().stream().filter(l -> current != null && l.id().equals(current.geneListId()))
                .findFirst().orElse(vm.geneLists().get(0)));
        VBox cats = new VBox(4);
        cats.setPadding(new Insets(0, 0, 0, 24));
        Runnable fillCategories = () -> {
            cats.getChildren().clear();
            categories.clear();
            for (String c : list.getValue().categories()) {
                CheckBox box = new CheckBox(c);
                box.setId("consentCategory-" + c);
                box.setSelected(current != null && current.categories().contains(c));
                box.disableProperty().bind(some.selectedProperty().not());
                categories.put(c, box);
                cats.getChildren().add(box);
            }
        };
        fillCategories.run();
        list.valueProperty().addListener(o -> fillCategories.run());
        if (current == null || current.choice() == SecondaryFindingConsent.Choice.NONE) {
            none.setSelected(true);
        } else if (current.choice() == SecondaryFindingConsent.Choice.ALL) {
            all.setSelected(true);
        } else {
            some.setSelected(true);
        }
        research = new CheckBox(i18n.get("consent.research"));
        research.setId("consentResearch");
        research.setSelected(current != null && current.researchUse());
        DatePicker signed = new DatePicker(current == null ? LocalDate.now() : current.consentDate());
        TextField note = new TextField(current == null ? "" : current.note());
        note.setPromptText(i18n.get("interp.note"));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        VBox box = new VBox(8, new Label(i18n.get("consent.list")), list, new Label(i18n.get("consent.sf")), all, none,
                some, cats, research, new Label(i18n.get("consent.date")), signed, note, error);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType(i18n.get("consent.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            SecondaryFindingConsent.Choice c = all.isSelected() ? SecondaryFindingConsent.Choice.ALL
                    : none.isSelected() ? SecondaryFindingConsent.Choice.NONE
                    : SecondaryFindingConsent.Choice.BY_CATEGORY;
            Set<String> chosen = new LinkedHashSet<>();
            categories.forEach((k, v) -> {
                if (v.isSelected()) {
                    chosen.add(k);
                }
            });
            if (c == SecondaryFindingConsent.Choice.BY_CATEGORY && chosen.isEmpty()) {
                error.setText(i18n.get("consent.error.noCategory"));
                e.consume();
                return;
            }
            vm.saveConsent(c, chosen, list.getValue().id(), research.isSelected(), signed.getValue(), note.getText());
        });
    }
}
