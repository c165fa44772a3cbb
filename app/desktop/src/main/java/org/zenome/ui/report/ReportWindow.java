package org.zenome.ui.report;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.zenome.domain.IssuedReport;
import org.zenome.report.ReportLanguage;
import org.zenome.report.pdf.PdfPages;
import org.zenome.ui.Dialogs;
import org.zenome.ui.common.I18n;

/** The report window: settings and issue on the left, the pages of the report on the right. */
public final class ReportWindow extends Stage {
    private final ReportViewModel vm;
    private final I18n i18n;
    private final VBox pageBox = new VBox(12);
    private final ListChangeListener<PdfPages.Page> pagesListener;

    public ReportWindow(Window owner, ReportViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        this.i18n = i18n;
        initOwner(owner);
        setTitle(i18n.get("report.window.title", vm.kase().caseId()));

        ComboBox<String> template = new ComboBox<>(vm.templates());
        template.setId("reportTemplate");
        template.setConverter(converter(this::templateName));
        template.setValue(vm.templateProperty().get());
        template.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.templateProperty().set(now);
            }
        });
        vm.templateProperty().addListener((o, old, now) -> template.setValue(now));
        vm.templates().addListener((ListChangeListener<String>) c -> template.setValue(vm.templateProperty().get()));
        ComboBox<ReportLanguage> language = new ComboBox<>();
        language.setId("reportLanguage");
        language.getItems().setAll(ReportLanguage.values());
        language.setConverter(converter(l -> l == ReportLanguage.JA ? i18n.get("report.language.ja")
                : i18n.get("report.language.en")));
        language.setValue(vm.languageProperty().get());
        language.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.languageProperty().set(now);
            }
        });
        vm.languageProperty().addListener((o, old, now) -> language.setValue(now));
        Button preview = new Button(i18n.get("report.preview"));
        preview.setId("reportPreview");
        preview.setOnAction(e -> vm.preview());

        VBox texts = new VBox(4);
        for (String k : ReportViewModel.FREE_TEXT_KEYS) {
            TextArea area = new TextArea();
            area.setId("reportText-" + k);
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(vm.freeText(k));
            texts.getChildren().addAll(new Label(textLabel(k)), area);
        }
        TitledPane textPane = new TitledPane(i18n.get("report.freeText"), texts);
        textPane.visibleProperty().bind(vm.patientExplanationProperty());
        textPane.managedProperty().bind(vm.patientExplanationProperty());

        Label signed = new Label();
        signed.setId("reportSignedOff");
        signed.textProperty().bind(javafx.beans.binding.Bindings.when(vm.signedOffProperty())
                .then(i18n.get("report.signedOff")).otherwise(i18n.get("report.notSignedOff")));
        signed.setWrapText(true);
        TextField issuer = new TextField();
        issuer.setId("reportIssuer");
        issuer.textProperty().bindBidirectional(vm.issuerProperty());
        TextField reason = new TextField();
        reason.setId("reportReason");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        TextArea changes = new TextArea();
        changes.setId("reportChanges");
        changes.setPrefRowCount(3);
        changes.textProperty().bindBidirectional(vm.changesProperty());
        VBox correctionBox = new VBox(4, new Label(i18n.get("report.reason")), reason,
                new Label(i18n.get("report.changes")), changes);
        correctionBox.visibleProperty().bind(vm.correctionProperty());
        correctionBox.managedProperty().bind(vm.correctionProperty());
        Button issue = new Button(i18n.get("report.issue"));
        issue.setId("reportIssue");
        issue.setDefaultButton(false);
        issue.disableProperty().bind(vm.signedOffProperty().not().or(vm.busyProperty()));
        issue.setOnAction(e -> {
            if (Dialogs.confirm(this, i18n, i18n.get("report.issue.confirm.title"),
                    i18n.get("report.issue.confirm.text", vm.kase().caseId()), i18n.get("report.issue"),
                    i18n.get("button.cancel"))) {
                vm.issue();
            }
        });

        ListView<IssuedReport> versions = new ListView<>(vm.versions());
        versions.setId("reportVersions");
        versions.setPrefHeight(140);
        versions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IssuedReport v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : i18n.get("report.version.row", v.reportId(), v.language(),
                        v.version(), v.issuedAt().toString().substring(0, 16).replace('T', ' '), v.issuedBy(),
                        v.superseded() ? i18n.get("report.version.superseded") : i18n.get("report.version.current")));
            }
        });
        versions.setOnMouseClicked(e -> {
            IssuedReport v = versions.getSelectionModel().getSelectedItem();
            if (v != null && e.getClickCount() == 2) {
                vm.show(v);
            }
        });
        Button save = new Button(i18n.get("report.save"));
        save.setId("reportSave");
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            IssuedReport shown = vm.shownVersionProperty().get();
            fc.setInitialFileName((shown == null ? vm.kase().caseId() + "-" + vm.templateProperty().get()
                    + "-draft" : shown.reportId() + "-v" + shown.version() + "-" + shown.language()) + ".pdf");
            File f = fc.showSaveDialog(this);
            if (f != null) {
                vm.save(f.toPath());
            }
        });

        VBox left = new VBox(8,
                new Label(i18n.get("report.template")), template,
                new Label(i18n.get("report.language")), language, preview, textPane,
                signed, new Label(i18n.get("report.issuer")), issuer, correctionBox, issue,
                new Label(i18n.get("report.versions")), versions, save);
        left.setPadding(new Insets(10));
        left.setFillWidth(true);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(300);

        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(12));
        pageBox.getStyleClass().add("report-pages");
        pageBox.setStyle("-fx-background-color: #8a8f96;");
        ScrollPane pagesScroll = new ScrollPane(pageBox);
        pagesScroll.setId("reportPages");
        pagesScroll.setFitToWidth(true);
        pagesListener = c -> showPages();
        vm.pages().addListener(pagesListener);

        Label status = new Label();
        status.setId("reportStatus");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox bottom = new HBox(8, busy, status);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        bottom.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(leftScroll, pagesScroll);
        split.setDividerPositions(0.28);
        BorderPane root = new BorderPane(split);
        root.setBottom(bottom);
        Scene scene = new Scene(root, 1200, 850);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyle() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        setScene(scene);
        vm.errorProperty().addListener((o, old, text) -> {
            if (text != null && !text.isEmpty()) {
                Dialogs.error(this, i18n, text);
            }
        });
        setOnHidden(e -> vm.pages().removeListener(pagesListener));
    }

    private void showPages() {
        pageBox.getChildren().clear();
        for (PdfPages.Page p : vm.pages()) {
            WritableImage img = new WritableImage(p.width(), p.height());
            img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                    p.width());
            ImageView view = new ImageView(img);
            view.setId("reportPage-" + p.number());
            view.setPreserveRatio(true);
            view.setSmooth(true);
            pageBox.getChildren().add(view);
        }
    }

    private String templateName(String t) {
        return switch (t) {
            case "cancer" -> i18n.get("report.template.cancer");
            case "rare-disease" -> i18n.get("report.template.rare-disease");
            case "secondary-findings" -> i18n.get("report.template.secondary-findings");
            case "patient-explanation" -> i18n.get("report.template.patient-explanation");
            default -> t;
        };
    }

    private String textLabel(String key) {
        return switch (key) {
            case "about" -> i18n.get("report.text.about");
            case "result" -> i18n.get("report.text.result");
            case "meaning" -> i18n.get("report.text.meaning");
            case "relatives" -> i18n.get("report.text.relatives");
            case "nextSteps" -> i18n.get("report.text.nextSteps");
            case "contact" -> i18n.get("report.text.contact");
            default -> key;
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
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

    public ReportViewModel viewModel() {
        return vm;
    }
}
