package org.zenome.ui.interpretation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.zenome.ui.common.I18n;

/**
 * The case page's interpretation line: consent (with the button to record it), annotation from local source files
 * with a plugin, and, for cancer cases, TMB.
 */
public final class CaseInterpretationBar extends HBox {

    private void annotate(InterpretationViewModel vm, I18n i18n) {
        java.util.List<org.zenome.plugin.AnnotationSourceProvider> plugins = vm.plugins();
        if (plugins.isEmpty()) {
            return;
        }
        java.util.Map<String, org.zenome.plugin.AnnotationSourceProvider> byName = new java.util.LinkedHashMap<>();
        plugins.forEach(p -> byName.put(p.displayName() + " (" + p.id() + " " + p.version() + ")", p));
        javafx.scene.control.ChoiceDialog<String> choose = new javafx.scene.control.ChoiceDialog<>(
                byName.keySet().iterator().next(), byName.keySet());
        choose.initOwner(getScene() == null ? null : getScene().getWindow());
        choose.setTitle(i18n.get("annotate.title"));
        choose.setHeaderText(i18n.get("annotate.choosePlugin"));
        java.util.Optional<org.zenome.plugin.AnnotationSourceProvider> plugin = choose.showAndWait().map(byName::get);
        if (plugin.isEmpty()) {
            return;
        }
        javafx.stage.FileChooser files = new javafx.stage.FileChooser();
        files.setTitle(plugin.get().displayName());
        files.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("VCF", "*.vcf", "*.vcf.gz",
                "*.vcf.bgz"));
        java.io.File f = files.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.annotate(plugin.get().id(), f.toPath());
        }
    }

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
        Button annotate = new Button(i18n.get("annotate.button"));
        annotate.setId("annotateButton");
        annotate.setOnAction(e -> annotate(vm, i18n));
        Label message = new Label();
        message.setId("annotateMessage");
        message.textProperty().bind(vm.annotationMessageProperty());
        Button orphans = new Button();
        orphans.setId("orphansButton");
        orphans.getStyleClass().add("warning-text");
        orphans.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                "interp.orphans.button", vm.orphans().size()), vm.orphans()));
        orphans.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.orphans()));
        orphans.managedProperty().bind(orphans.visibleProperty());
        orphans.setOnAction(e -> new OrphanedFindingsDialog(getScene() == null ? null : getScene().getWindow(), vm,
                i18n, getScene() == null || getScene().getStylesheets().isEmpty() ? null
                        : getScene().getStylesheets().get(0)).show());
        getChildren().addAll(consent, edit, annotate, message, orphans);
        if (!vm.pluginProblems().isEmpty()) {
            Label problems = new Label(i18n.get("annotate.pluginsSkipped", vm.pluginProblems().size()));
            problems.setId("pluginProblems");
            problems.getStyleClass().add("warning-text");
            problems.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", vm.pluginProblems())));
            getChildren().add(problems);
        }
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
