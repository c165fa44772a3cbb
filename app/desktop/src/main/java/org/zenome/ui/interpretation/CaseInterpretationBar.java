package org.zenome.ui.interpretation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.zenome.ui.common.I18n;

/** The case page's interpretation line: consent (with the button to record it) and, for cancer cases, TMB. */
public final class CaseInterpretationBar extends HBox {

    public CaseInterpretationBar(InterpretationViewModel vm, I18n i18n) {
        super(8);
        setId("caseInterpretationBar");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("case-interpretation-bar");
        Label consent = new Label();
        consent.setId("consentSummary");
        consent.textProperty().bind(vm.consentTextProperty());
        Button edit = new Button(i18n.get("consent.edit"));
        edit.setId("consentEdit");
        edit.setOnAction(e -> new ConsentDialog(getScene() == null ? null : getScene().getWindow(), vm, i18n)
                .showAndWait());
        getChildren().addAll(consent, edit);
        if (vm.cancer()) {
            Label tmb = new Label();
            tmb.setId("tmbSummary");
            tmb.textProperty().bind(vm.tmbTextProperty());
            TextField mb = new TextField("33.0");
            mb.setId("tmbCallableMb");
            mb.setPrefColumnCount(5);
            Button compute = new Button(i18n.get("tmb.compute"));
            compute.setId("tmbCompute");
            Label problem = new Label();
            problem.getStyleClass().add("error-text");
            compute.setOnAction(e -> {
                try {
                    vm.computeTmb(Double.parseDouble(mb.getText().trim().replace(',', '.')));
                    problem.setText("");
                } catch (IllegalArgumentException ex) {
                    problem.setText(i18n.get("tmb.error.callable"));
                }
            });
            getChildren().addAll(new Label("  "), tmb, new Label(i18n.get("tmb.callable")), mb, compute, problem);
        }
    }
}
