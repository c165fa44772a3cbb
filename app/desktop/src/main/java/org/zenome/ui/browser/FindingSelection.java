package org.zenome.ui.browser;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableView;
import org.zenome.domain.Finding;

/**
 * The findings a {@link CaseBrowserPane} follows: the one selected (the browser shows it) and the ones on
 * screen (a variant clicked in the browser selects its finding when it is one of them). The case view's variant
 * table is one; the expert panel's presenter view (its candidate findings) is another. FX thread only.
 */
public interface FindingSelection {

    /** The selected finding, null when none. */
    ObservableValue<Finding> selected();

    /** The findings on screen, in order. */
    List<Finding> items();

    /** Selects a finding on screen (and scrolls to it). */
    void select(Finding finding);

    /** The rows of a variant table. */
    static FindingSelection of(TableView<Finding> table) {
        Objects.requireNonNull(table, "table");
        return new FindingSelection() {
            @Override
            public ObservableValue<Finding> selected() {
                return table.getSelectionModel().selectedItemProperty();
            }

            @Override
            public List<Finding> items() {
                return table.getItems();
            }

            @Override
            public void select(Finding finding) {
                table.getSelectionModel().select(finding);
                table.scrollTo(finding);
            }
        };
    }
}
