package org.zenome.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.SuggestionSettings;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.InterpretationService;
import org.zenome.interpretation.SecondaryFindingLists;
import org.zenome.panel.Accounts;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.I18n;

/** The thresholds page's checks and saves, on a real store, in English. */
class ThresholdSettingsViewModelTest {
    @TempDir
    Path dir;

    private static InterpretationService service(SqliteCaseStore s, String user) {
        return new InterpretationService(s, Actor.named(user), Clock.systemUTC(), SecondaryFindingLists.builtIn(),
                SuggestionSettings.defaults());
    }

    @Test
    void eachFieldIsCheckedAndAValidEditBecomesTheNextVersion() {
        try (SqliteCaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            new Accounts(s.users()).createFirstAdministrator("admin", "Admin", "correct horse battery".toCharArray());
            ThresholdSettingsViewModel vm = new ThresholdSettingsViewModel(new CurrentThreadTaskExecutor(),
                    new I18n(Locale.ENGLISH), service(s, "admin"), true);
            vm.load();
            assertThat(vm.currentProperty().get()).startsWith("Version 1 of ").endsWith("by system: built-in defaults");
            assertThat(vm.defaults().ba1Property().get()).isEqualTo("0.05");
            assertThat(vm.defaults().pm2DominantProperty().get()).isEqualTo("0.0001");

            vm.defaults().bs1Property().set("one percent");
            assertThat(vm.validate()).isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("All other genes, BS1: \"one percent\" is not a number");
            vm.defaults().bs1Property().set("1.5");
            vm.validate();
            assertThat(vm.errorProperty().get()).contains("1.5 is not an allele frequency between 0 and 1");
            vm.defaults().bs1Property().set("0.06");
            vm.validate();
            assertThat(vm.errorProperty().get()).isEqualTo(
                    "All other genes: the BS1 threshold 0.06 is above the BA1 threshold 0.05");
            vm.defaults().bs1Property().set("0,01"); // a decimal comma is read too
            assertThat(vm.validate()).isTrue();

            ThresholdSettingsViewModel.GeneRow myh7 = vm.addGene();
            assertThat(myh7.ba1Property().get()).isEqualTo("0.05"); // starts from the defaults
            myh7.geneProperty().set("MYH 7");
            vm.validate();
            assertThat(vm.errorProperty().get()).isEqualTo("MYH 7: \"MYH 7\" is not a gene symbol");
            myh7.geneProperty().set("MYH7");
            myh7.ba1Property().set("0.001");
            myh7.bs1Property().set("0.0002");
            myh7.pm2DominantProperty().set("0.0003");
            vm.validate();
            assertThat(vm.errorProperty().get()).isEqualTo(
                    "MYH7: the PM2 thresholds must not be above the BS1 threshold 0.0002");
            myh7.pm2DominantProperty().set("0.00004");
            myh7.pm2RecessiveProperty().set("0.00004");
            ThresholdSettingsViewModel.GeneRow twice = vm.addGene();
            twice.geneProperty().set("myh7");
            vm.validate();
            assertThat(vm.errorProperty().get()).isEqualTo("myh7 is listed twice");
            vm.removeGene(twice);

            vm.save();
            assertThat(vm.errorProperty().get()).isEqualTo(
                    "Give the reason for the change (e.g. the specification it follows).");
            vm.reasonProperty().set("ClinGen MYH7 VCEP v2.0");
            vm.save();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("Saved as version 2. Suggestions use it from now on.");
            assertThat(vm.versions()).hasSize(2);
            assertThat(vm.currentProperty().get()).startsWith("Version 2 of ").endsWith("by admin: ClinGen MYH7 VCEP v2.0");
            assertThat(vm.genes()).singleElement().satisfies(g -> {
                assertThat(g.geneProperty().get()).isEqualTo("MYH7");
                assertThat(g.pm2RecessiveProperty().get()).isEqualTo("0.00004");
            });
            assertThat(s.thresholds().find(2).orElseThrow().genes().get("MYH7").bs1Above()).isEqualTo(0.0002);

            // saving the same again is refused; an earlier version can be shown and saved as the newest
            vm.reasonProperty().set("again");
            vm.save();
            assertThat(vm.errorProperty().get()).isEqualTo(
                    "These are the thresholds already in force; nothing to save.");
            vm.show(vm.versions().get(1));
            assertThat(vm.genes()).isEmpty();
            vm.reasonProperty().set("back to the defaults");
            vm.save();
            assertThat(vm.versions()).hasSize(3);
            assertThat(s.thresholds().latest().orElseThrow().genes()).isEmpty();
        }
    }

    @Test
    void someoneWhoIsNotAnAdministratorOnlyReads() {
        try (SqliteCaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            ThresholdSettingsViewModel vm = new ThresholdSettingsViewModel(new CurrentThreadTaskExecutor(),
                    new I18n(Locale.JAPANESE), service(s, "sato"), false);
            vm.load();
            assertThat(vm.editableProperty().get()).isFalse();
            vm.defaults().ba1Property().set("0.1");
            vm.reasonProperty().set("試し");
            vm.save();
            assertThat(vm.errorProperty().get()).isEqualTo("しきい値を変更できるのは管理者だけです。");
            assertThat(s.thresholds().list()).hasSize(1);
            // and the service refuses too, whatever the page says
            ThresholdSettingsViewModel forged = new ThresholdSettingsViewModel(new CurrentThreadTaskExecutor(),
                    new I18n(Locale.JAPANESE), service(s, "sato"), true);
            forged.load();
            forged.defaults().ba1Property().set("0.1");
            forged.reasonProperty().set("試し");
            forged.save();
            assertThat(forged.errorProperty().get()).isEqualTo("しきい値を変更できるのは管理者だけです。");
            assertThat(s.thresholds().list()).hasSize(1);
        }
    }
}
