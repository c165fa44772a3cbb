package org.zenome.ui.qc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.plot.PlotKind;
import org.zenome.ui.common.I18n;

/** The genome-wide pictures of a case (QC, allele fraction, copy number, SVs, spectrum), each savable as SVG or PNG. */
public final class GenomeWideWindow {
    static final int WIDTH = 1400;
    static final int HEIGHT = 620;
    private final Stage stage = new Stage();
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final SampleQcViewModel vm;
    private final I18n i18n;
    private final ComboBox<PlotKind> kind = new ComboBox<>();

    public GenomeWideWindow(Window owner, SampleQcViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.setTitle(i18n.get("plots.title", vm.kase().caseId()));
        kind.setId("plotKind");
        kind.getItems().setAll(PlotKind.values());
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().addListener((o, old, k) -> draw(k));
        Button save = new Button(i18n.get("plots.save"));
        save.setId("plotSave");
        save.setOnAction(e -> save());
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        message.setId("plotMessage");
        HBox bar = new HBox(8, new Label(i18n.get("plots.kind")), kind, save, busy, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        image.setId("plotImage");
        image.setPreserveRatio(true);
        image.setFitWidth(WIDTH);
        BorderPane root = new BorderPane(image);
        root.setTop(bar);
        Scene scene = new Scene(root, WIDTH + 20, HEIGHT + 60);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
    }

    public void show(PlotKind first) {
        stage.show();
        kind.setValue(first);
    }

    public Stage stage() {
        return stage;
    }

    private void draw(PlotKind k) {
        if (k == null) {
            return;
        }
        busy.setVisible(true);
        message.setText("");
        vm.picture(k, WIDTH, HEIGHT, png -> {
            busy.setVisible(false);
            image.setImage(new Image(new ByteArrayInputStream(png)));
        }, err -> {
            busy.setVisible(false);
            image.setImage(null);
            message.setText(err);
        });
    }

    private void save() {
        PlotKind k = kind.getValue();
        if (k == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(vm.kase().caseId() + "-" + k.id() + ".svg");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SVG", "*.svg"),
                new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            saveTo(k, f.toPath());
        }
    }

    /** Writes the picture to a file (SVG or PNG by the name). */
    public void saveTo(PlotKind k, Path file) {
        boolean svg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        java.util.function.Consumer<String> failed = err -> message.setText(err);
        if (svg) {
            vm.svg(k, 1600, 700, text -> write(file, text.getBytes(StandardCharsets.UTF_8)), failed);
        } else {
            vm.picture(k, 1600, 700, png -> write(file, png), failed);
        }
    }

    private void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            message.setText(i18n.get("plots.saved", file.getFileName()));
        } catch (IOException e) {
            message.setText(file + ": " + e.getMessage());
        }
    }

    private String label(PlotKind k) {
        switch (k) {
            case QC:
                return i18n.get("plots.kind.qc");
            case VAF:
                return i18n.get("plots.kind.vaf");
            case CN:
                return i18n.get("plots.kind.cn");
            case SV:
                return i18n.get("plots.kind.sv");
            default:
                return i18n.get("plots.kind.spectrum");
        }
    }

    private final class KindCell extends ListCell<PlotKind> {
        @Override
        protected void updateItem(PlotKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? "" : label(k));
        }
    }
}
