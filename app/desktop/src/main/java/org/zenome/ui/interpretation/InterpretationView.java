package org.zenome.ui.interpretation;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.zenome.ui.common.I18n;

/** The panes beside the variant detail: classification, somatic (cancer cases), confirmation and return. */
public final class InterpretationView extends TabPane {
    private final ClassificationPane classification;
    private final SomaticPane somatic;
    private final ConfirmationPane confirmation;

    public InterpretationView(InterpretationViewModel vm, I18n i18n) {
        setId("interpretationTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        classification = new ClassificationPane(vm, i18n);
        confirmation = new ConfirmationPane(vm, i18n);
        Tab acmg = new Tab(i18n.get("interp.tab.acmg"), classification);
        acmg.setId("tabAcmg");
        getTabs().add(acmg);
        if (vm.cancer()) {
            somatic = new SomaticPane(vm, i18n);
            Tab s = new Tab(i18n.get("interp.tab.somatic"), somatic);
            s.setId("tabSomatic");
            getTabs().add(0, s);
        } else {
            somatic = null;
        }
        Tab c = new Tab(i18n.get("interp.tab.confirmation"), confirmation);
        c.setId("tabConfirmation");
        getTabs().add(c);
        Tab h = new Tab(i18n.get("interp.history"), classification.historyPane());
        h.setId("tabHistory");
        getTabs().add(h);
        getSelectionModel().select(0);
    }

    public void dispose() {
        classification.dispose();
        confirmation.dispose();
        if (somatic != null) {
            somatic.dispose();
        }
    }
}
