package org.zenome.ui.interpretation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.zenome.classification.AcmgClass;
import org.zenome.domain.Finding;
import org.zenome.interpretation.FindingStatus;
import org.zenome.ui.common.I18n;
import org.zenome.ui.variants.VariantsViewModel;

/** The badge column of the variant table: class (rules; points when they differ), tier, SF gene, confirmation. */
public final class Badges {
    private Badges() {
    }

    public static TableColumn<Finding, Finding> column(VariantsViewModel vm, I18n i18n) {
        TableColumn<Finding, Finding> col = new TableColumn<>(i18n.get("badge.column"));
        col.setId("badgeColumn");
        col.setPrefWidth(175);
        col.setSortable(false);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                HBox box = new HBox(3);
                box.setPadding(new Insets(0));
                FindingStatus s = vm.statuses().get(f.id());
                if (s != null && s.rulesClass() != null) {
                    box.getChildren().add(badge(code(s.rulesClass()) + (s.pointsClass() != s.rulesClass()
                            ? "/" + code(s.pointsClass()) : ""), "badge-class-" + code(s.rulesClass()).toLowerCase(
                            java.util.Locale.ROOT), s.rulesClass().displayName(i18n.locale())
                            + (s.pointsClass() != s.rulesClass() ? " / " + s.pointsClass().displayName(i18n.locale())
                            : "")));
                }
                if (s != null && s.tier() != null) {
                    box.getChildren().add(badge(s.tier().code(), "badge-tier", s.tier().displayName(i18n.locale())));
                }
                if (s != null && s.evidenceLevel() != null) {
                    box.getChildren().add(badge(s.evidenceLevel().name(), "badge-level",
                            s.evidenceLevel().description(i18n.locale())));
                }
                if (f.gene() != null && vm.sfGenes().contains(f.gene().toUpperCase(java.util.Locale.ROOT))) {
                    box.getChildren().add(badge("SF", "badge-sf", i18n.get("badge.sf")));
                }
                if (s != null && s.confirmationPending()) {
                    box.getChildren().add(badge(i18n.get("badge.pending"), "badge-pending",
                            i18n.get("badge.pending.tooltip")));
                }
                if (s != null && s.returned()) {
                    box.getChildren().add(badge(i18n.get("badge.returned"), "badge-returned", i18n.get("badge.returned")));
                }
                setGraphic(box);
            }
        });
        return col;
    }

    static String code(AcmgClass c) {
        switch (c) {
            case PATHOGENIC:
                return "P";
            case LIKELY_PATHOGENIC:
                return "LP";
            case UNCERTAIN_SIGNIFICANCE:
                return "VUS";
            case LIKELY_BENIGN:
                return "LB";
            default:
                return "B";
        }
    }

    private static Label badge(String text, String style, String tooltip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setTooltip(new Tooltip(tooltip));
        return l;
    }
}
