package org.zenome.ui.variants;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.VariantFilter.SortKey;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;

/**
 * The variant table: shows the page held by {@link VariantsViewModel#rows()}; clicking a sortable header
 * asks the view model to sort in SQL (the table never sorts its items itself).
 */
final class VariantTable extends TableView<Finding> {
    private static final int MAX_ALLELE = 12;

    VariantTable(VariantsViewModel vm, I18n i18n) {
        setId("variantTable");
        getStyleClass().add("variant-table");
        setItems(vm.rows());
        setFixedCellSize(26);
        setTableMenuButtonVisible(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get().isEmpty() ? vm.pageTextProperty().get() : vm.errorProperty().get(),
                vm.errorProperty(), vm.pageTextProperty()));
        setPlaceholder(placeholder);

        if (vm.interpretation() != null) {
            getColumns().add(org.zenome.ui.interpretation.Badges.column(vm, i18n));
        }
        getColumns().add(text(i18n.get("variants.column.locus"), 130, SortKey.POSITION,
                f -> f.chrom() + ":" + String.format("%,d", f.pos())));
        TableColumn<Finding, String> refAlt = text(i18n.get("variants.column.refAlt"), 90, null,
                f -> shorten(f.ref()) + ">" + shorten(f.alt()));
        getColumns().add(refAlt);
        TableColumn<Finding, String> gene = text(i18n.get("variants.column.gene"), 85, SortKey.GENE, Finding::gene);
        gene.getStyleClass().add("gene-column");
        getColumns().add(gene);
        getColumns().add(text(i18n.get("variants.column.hgvsC"), 150, null, f -> shortHgvs(f.hgvsC())));
        getColumns().add(text(i18n.get("variants.column.hgvsP"), 140, null, f -> shortHgvs(f.hgvsP())));
        getColumns().add(text(i18n.get("variants.column.consequence"), 170, null,
                f -> f.consequence() == null ? "" : f.consequence().replace("&", ", ")));
        TableColumn<Finding, Finding> impact = styled(i18n.get("variants.column.impact"), 85, SortKey.IMPACT,
                f -> f.impact() == null ? "" : i18n.label(f.impact()),
                f -> f.impact() == null ? null : "impact-" + f.impact().name().toLowerCase(java.util.Locale.ROOT));
        getColumns().add(impact);
        for (Sample s : vm.samples()) {
            TableColumn<Finding, Finding> col = styled(s.name() + "\n" + i18n.label(s.role()), 105, null,
                    f -> zygosityText(genotypeOf(f, s), i18n),
                    f -> {
                        Genotype g = genotypeOf(f, s);
                        return g == null ? null : "zygosity-" + g.zygosity().name().toLowerCase(java.util.Locale.ROOT);
                    });
            col.setId("sample-" + s.name());
            getColumns().add(col);
        }
        getColumns().add(text(i18n.get("variants.column.populationAf"), 85, SortKey.POPULATION_AF,
                f -> Formats.frequency(f.populationAf())));
        getColumns().add(styled(i18n.get("variants.column.clinvar"), 130, SortKey.CLINVAR,
                f -> clinvarText(f, i18n),
                f -> {
                    ClinicalSignificance c = ClinicalSignificance.parse(f.clinvarSignificance());
                    return c == ClinicalSignificance.NONE ? null
                            : "clinvar-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                }));
        getColumns().add(text(i18n.get("variants.column.cadd"), 60, SortKey.CADD, f -> Formats.score(f.cadd())));
        getColumns().add(text(i18n.get("variants.column.revel"), 60, SortKey.REVEL, f -> Formats.score(f.revel())));
        getColumns().add(text(i18n.get("variants.column.qualFilter"), 130, SortKey.QUAL,
                f -> (f.qual() == null ? "." : Formats.score(f.qual())) + "  " + (f.filter() == null ? "." : f.filter())));

        if (vm.phenotype() != null) {
            getColumns().addAll(org.zenome.ui.phenotype.PhenotypeTabs.columns(vm.phenotype(), i18n));
        }
        // sorting happens in SQL: the policy forwards the header clicks and never touches the items
        setSortPolicy(t -> {
            if (getSortOrder().isEmpty()) {
                vm.sortBy(SortKey.POSITION, false);
            } else {
                TableColumn<Finding, ?> first = getSortOrder().get(0);
                if (vm.phenotype() != null) {
                    org.zenome.ui.phenotype.PhenotypeTabs.sortingBy(vm.phenotype(), first);
                }
                vm.sortBy((SortKey) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
    }

    static Genotype genotypeOf(Finding f, Sample s) {
        if (f.genotypes() == null) {
            return null;
        }
        int column = s.column();
        if (column >= 0 && column < f.genotypes().size() && f.genotypes().get(column).sample().equals(s.name())) {
            return f.genotypes().get(column);
        }
        for (Genotype g : f.genotypes()) {
            if (g.sample().equals(s.name())) {
                return g;
            }
        }
        return null;
    }

    static String zygosityText(Genotype g, I18n i18n) {
        if (g == null) {
            return "";
        }
        String vaf = Formats.percent(g.vaf());
        String z = i18n.label(g.zygosity());
        return vaf.isEmpty() ? z : z + "  " + vaf;
    }

    private static String clinvarText(Finding f, I18n i18n) {
        ClinicalSignificance c = ClinicalSignificance.parse(f.clinvarSignificance());
        return c == ClinicalSignificance.NONE ? "" : i18n.label(c);
    }

    static String shorten(String allele) {
        if (allele == null) {
            return "";
        }
        return allele.length() <= MAX_ALLELE ? allele : allele.substring(0, MAX_ALLELE - 1) + "…";
    }

    /** {@code ENST00000357654.9:c.5266dup} shows as {@code c.5266dup}; the full text is in the detail pane. */
    static String shortHgvs(String hgvs) {
        if (hgvs == null) {
            return "";
        }
        int colon = hgvs.indexOf(':');
        return colon >= 0 ? hgvs.substring(colon + 1) : hgvs;
    }

    private static TableColumn<Finding, String> text(String title, double width, SortKey sort,
                                                     Function<Finding, String> value) {
        TableColumn<Finding, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nullToEmpty(value.apply(d.getValue()))));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 14 ? null : new Tooltip(item));
            }
        });
        configure(col, width, sort);
        return col;
    }

    private static TableColumn<Finding, Finding> styled(String title, double width, SortKey sort,
                                                        Function<Finding, String> value,
                                                        Function<Finding, String> styleClass) {
        TableColumn<Finding, Finding> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(value.apply(item));
                applied = styleClass.apply(item);
                if (applied != null) {
                    getStyleClass().add(applied);
                }
            }
        });
        configure(col, width, sort);
        return col;
    }

    private static void configure(TableColumn<Finding, ?> col, double width, SortKey sort) {
        col.setPrefWidth(width);
        col.setUserData(sort);
        col.setSortable(sort != null);
        col.setReorderable(true);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
