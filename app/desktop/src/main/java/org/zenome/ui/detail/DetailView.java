package org.zenome.ui.detail;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.ui.common.I18n;

/** The detail pane: transcripts, genotypes of every sample, INFO fields. */
public final class DetailView extends BorderPane {

    public DetailView(DetailViewModel vm, I18n i18n) {
        getStyleClass().add("detail-view");
        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(vm.titleProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        VBox header = new VBox(2, title, error);
        header.setPadding(new Insets(6, 10, 4, 10));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        setTop(header);

        TableView<TranscriptAnnotation> transcripts = new TableView<>(vm.transcripts());
        transcripts.setId("transcriptTable");
        transcripts.setPlaceholder(new Label(i18n.get("detail.transcripts.empty")));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.gene"), 80, TranscriptAnnotation::gene));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.transcript"), 150, TranscriptAnnotation::feature));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.marks"), 90, t -> marks(t, i18n)));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.consequence"), 170,
                t -> t.consequence() == null ? "" : t.consequence().replace("&", ", ")));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.impact"), 80, t -> i18n.label(t.impact())));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.hgvsC"), 190, TranscriptAnnotation::hgvsC));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.hgvsP"), 170, TranscriptAnnotation::hgvsP));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.exonIntron"), 80, DetailView::exonIntron));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.biotype"), 110, TranscriptAnnotation::biotype));
        transcripts.getColumns().add(col(i18n.get("detail.transcripts.source"), 60, TranscriptAnnotation::source));

        TableView<GenotypeRow> genotypes = new TableView<>(vm.genotypes());
        genotypes.setId("genotypeTable");
        genotypes.setPlaceholder(new Label(i18n.get("detail.genotypes.empty")));
        genotypes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        genotypes.getColumns().add(col(i18n.get("detail.genotypes.sample"), 110, GenotypeRow::sample));
        genotypes.getColumns().add(col(i18n.get("detail.genotypes.role"), 70, GenotypeRow::role));
        genotypes.getColumns().add(col("GT", 45, GenotypeRow::gt));
        genotypes.getColumns().add(col(i18n.get("detail.genotypes.zygosity"), 70, GenotypeRow::zygosity));
        genotypes.getColumns().add(col("AD", 60, GenotypeRow::ad));
        genotypes.getColumns().add(col("DP", 40, GenotypeRow::dp));
        genotypes.getColumns().add(col("GQ", 40, GenotypeRow::gq));
        genotypes.getColumns().add(col("VAF", 45, GenotypeRow::vaf));

        TableView<InfoRow> info = new TableView<>(vm.info());
        info.setId("infoTable");
        info.setPlaceholder(new Label(i18n.get("detail.info.empty")));
        info.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        info.getColumns().add(col(i18n.get("detail.info.key"), 90, InfoRow::key));
        info.getColumns().add(col(i18n.get("detail.info.value"), 220, InfoRow::value));

        SplitPane split = new SplitPane(section(i18n.get("detail.transcripts"), transcripts),
                section(i18n.get("detail.genotypes"), genotypes), section(i18n.get("detail.info"), info));
        split.setDividerPositions(0.46, 0.77);
        setCenter(split);
    }

    private static VBox section(String title, TableView<?> table) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(2, label, table);
        box.setPadding(new Insets(0, 4, 4, 4));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    static String marks(TranscriptAnnotation t, I18n i18n) {
        StringBuilder sb = new StringBuilder();
        if (t.isManeSelect()) {
            sb.append(i18n.get("detail.transcripts.mane"));
        }
        if (t.canonical()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(i18n.get("detail.transcripts.canonical"));
        }
        return sb.toString();
    }

    static String exonIntron(TranscriptAnnotation t) {
        if (t.exon() != null && !t.exon().isEmpty()) {
            return "E " + t.exon();
        }
        if (t.intron() != null && !t.intron().isEmpty()) {
            return "I " + t.intron();
        }
        return "";
    }

    private static <S> TableColumn<S, String> col(String title, double width, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> {
            String v = value.apply(d.getValue());
            return new ReadOnlyStringWrapper(v == null ? "" : v);
        });
        col.setPrefWidth(width);
        return col;
    }
}
