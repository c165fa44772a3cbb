package org.zenome.ui.phenotype;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.phenotype.GeneRankings;
import org.zenome.ui.common.I18n;

/** Where the phenotype joins the case view: tabs beside the variant detail, and the gene-ranking table columns. */
public final class PhenotypeTabs {
    static final String PHENOTYPE_COLUMN = "column-phenotypeScore";
    static final String EXOMISER_COLUMN = "column-exomiser";

    private PhenotypeTabs() {
    }

    /** The variant detail with the case's phenotype and the selected gene's diseases in tabs beside it. */
    public static Node around(Node detail, PhenotypeViewModel vm, I18n i18n) {
        Tab detailTab = new Tab(i18n.get("phenotype.tab.detail"), detail);
        detailTab.setId("tab-detail");
        Tab phenotype = new Tab(i18n.get("phenotype.tab.phenotype"), new PhenotypePane(vm, i18n));
        phenotype.setId("tab-phenotype");
        Tab gene = new Tab(i18n.get("phenotype.tab.gene"), new GeneDiseasePane(vm, i18n));
        gene.setId("tab-gene");
        TabPane tabs = new TabPane(detailTab, gene, phenotype);
        tabs.setId("detailTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** The phenotype-match and Exomiser columns of the variant table (sorted in SQL by their gene ranking). */
    public static List<TableColumn<Finding, String>> columns(PhenotypeViewModel vm, I18n i18n) {
        TableColumn<Finding, String> pheno = new TableColumn<>(i18n.get("variants.column.phenotypeScore"));
        pheno.setId(PHENOTYPE_COLUMN);
        pheno.setPrefWidth(70);
        pheno.setUserData(VariantFilter.SortKey.GENE_SCORE);
        pheno.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(phenotypeText(vm, d.getValue())));
        TableColumn<Finding, String> exomiser = new TableColumn<>(i18n.get("variants.column.exomiser"));
        exomiser.setId(EXOMISER_COLUMN);
        exomiser.setPrefWidth(95);
        exomiser.setUserData(VariantFilter.SortKey.GENE_SCORE);
        exomiser.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(exomiserText(vm, d.getValue())));
        // the cells read the view model's maps: refresh them when the scores arrive
        vm.phenotypeScores().addListener((MapChangeListener<String, Double>) c -> refresh(pheno));
        vm.exomiser().addListener((MapChangeListener<String, GeneRankings.ExomiserGene>) c -> refresh(exomiser));
        return List.of(pheno, exomiser);
    }

    private static void refresh(TableColumn<Finding, String> col) {
        col.setVisible(false);
        col.setVisible(true);
    }

    /** A header click on one of the ranking columns selects that ranking before the SQL sort. */
    public static void sortingBy(PhenotypeViewModel vm, TableColumn<Finding, ?> column) {
        if (PHENOTYPE_COLUMN.equals(column.getId())) {
            vm.rankingProperty().set(PhenotypeViewModel.Ranking.PHENOTYPE);
        } else if (EXOMISER_COLUMN.equals(column.getId())) {
            vm.rankingProperty().set(PhenotypeViewModel.Ranking.EXOMISER);
        }
    }

    static String phenotypeText(PhenotypeViewModel vm, Finding f) {
        if (f == null || f.gene() == null) {
            return "";
        }
        Double s = vm.phenotypeScores().get(f.gene().toUpperCase(Locale.ROOT));
        return s == null ? "" : String.format(Locale.ROOT, "%.2f", s);
    }

    static String exomiserText(PhenotypeViewModel vm, Finding f) {
        if (f == null || f.gene() == null) {
            return "";
        }
        GeneRankings.ExomiserGene e = vm.exomiser().get(f.gene().toUpperCase(Locale.ROOT));
        return e == null ? "" : "#" + e.rank() + "  " + String.format(Locale.ROOT, "%.3f", e.combinedScore());
    }
}
