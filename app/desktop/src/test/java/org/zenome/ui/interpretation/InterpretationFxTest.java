package org.zenome.ui.interpretation;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.Strength;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.FindingStatus;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The real application on a real SQLite file: secondary-finding genes hidden until consent, a criterion accepted
 * on the classification pane with both classes and the disagreement warning, badges, history; somatic pane and
 * TMB on a cancer case; screenshots in English and Japanese.
 */
class InterpretationFxTest {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(InterpretationFxTest.class.getResource("/interpretation/" + name).toURI());
    }

    private void launch(String lang, boolean cancer) throws Exception {
        Path db = dir.resolve("cases.db");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            CaseImporter importer = new CaseImporter(s, "test");
            if (cancer) {
                importer.importVcf(new ImportRequest("CANCER-1", DiseaseArea.CANCER, "lung adenocarcinoma",
                        resource("tumour_normal.vcf"), null, Map.of("TUMOR", SampleRole.TUMOUR, "NORMAL",
                        SampleRole.NORMAL), GenomeBuild.GRCh38, false), ImportListener.NONE);
            } else {
                importer.importVcf(new ImportRequest("TRIO-1", DiseaseArea.RARE_DISEASE, "cardiomyopathy",
                        resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER,
                        "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
            }
        }
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", lang);
        org.zenome.ui.LoginSteps.enter(robot);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        CaseSummary kase = app.mainViewModel().caseList().items().get(0);
        robot.interact(() -> app.mainViewModel().openCase(kase));
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private VariantsViewModel active() {
        return app.mainViewModel().activeCaseProperty().get();
    }

    @Test
    void secondaryFindingsAppearWithConsentAndAClassificationIsRecorded() throws Exception {
        launch("en", false);
        TableView<Finding> variants = table("#variantTable");
        // no consent: only the two findings outside the ACMG SF genes
        waitFor(() -> variants.getItems().size() == 2);
        assertThat(variants.getItems()).extracting(Finding::gene).containsExactly("GENEA", "GENEB");
        assertThat(text("#consentSummary")).contains("not recorded");
        // consent recorded through the dialog on the case page: cancer genes only
        robot.clickOn("#consentEdit");
        waitFor(() -> robot.lookup("#consentSome").tryQuery().isPresent());
        robot.clickOn("#consentSome");
        robot.clickOn("#consentCategory-Cancer");
        robot.clickOn("Save consent");
        waitFor(() -> variants.getItems().size() == 5);
        assertThat(variants.getItems()).extracting(Finding::gene).doesNotContain("TTN");
        assertThat(text("#consentSummary")).contains("Cancer");

        // a population source through the plugin found on the class path, recorded on the case
        Path tommo = resource("tommo_54kjpn_excerpt.vcf");
        robot.interact(() -> active().interpretation().annotate("population-frequency", tommo));
        waitFor(() -> text("#annotateMessage").contains("2 of 6"));
        assertThat(text("#annotateMessage")).startsWith("ToMMo 54KJPN 20230401");

        Finding tp53 = variants.getItems().stream().filter(f -> "TP53".equals(f.gene())).findFirst().orElseThrow();
        robot.interact(() -> variants.getSelectionModel().select(tp53));
        waitFor(() -> robot.lookup("#accept-PVS1").tryQuery().isPresent());
        waitFor(() -> text("#criterionDetail-PP3").startsWith("Suggested PP3_Moderate"));
        assertThat(text("#secondaryFinding")).contains("TP53").contains("consented");
        // the reviewer applies PVS1 and PP3 at supporting: VUS by the rules, 9 points (LP): warning
        robot.interact(() -> ((Button) robot.lookup("#accept-PVS1").query()).fire());
        waitFor(() -> text("#criterionState-PVS1").equals("accepted"));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Strength> s = (ComboBox<Strength>) robot.lookup("#strength-PP3").query();
            s.setValue(Strength.SUPPORTING);
            ((TextField) robot.lookup("#note-PP3").query()).setText("REVEL 0.90, only supporting here");
        });
        robot.interact(() -> ((Button) robot.lookup("#accept-PP3").query()).fire());
        waitFor(() -> text("#pointsClass").contains("9 points"));
        assertThat(text("#rulesClass")).isEqualTo("Uncertain significance");
        assertThat(text("#pointsClass")).isEqualTo("Likely pathogenic (9 points)");
        assertThat(text("#classDisagreement")).contains("disagree");
        selectTab("tabHistory");
        TableView<HistoryRow> history = table("#historyTable");
        waitFor(() -> history.getItems().size() >= 5);
        assertThat(history.getItems()).anySatisfy(h -> assertThat(h.note()).isEqualTo(
                "REVEL 0.90, only supporting here"));
        // the logged-in user, not the operating-system account
        assertThat(history.getItems()).allSatisfy(h -> assertThat(h.user()).isEqualTo(org.zenome.ui.LoginSteps.ADMIN));
        assertThat(robot.lookup("#annotationList").queryListView().getItems()).singleElement().asString()
                .startsWith("ToMMo 54KJPN 20230401: AF=0.00001");
        waitFor(() -> {
            FindingStatus st = active().statuses().get(tp53.id());
            return st != null && st.rulesClass() == AcmgClass.UNCERTAIN_SIGNIFICANCE;
        });
        assertThat(active().sfGenes()).contains("TP53");

        // confirmation pending blocks the return
        robot.interact(() -> active().interpretation().saveConfirmation(new org.zenome.classification
                .ConfirmatoryTest(true, org.zenome.classification.ConfirmationMethod.SANGER,
                org.zenome.classification.ConfirmationStatus.ORDERED, null, "")));
        waitFor(() -> text("#confirmationSummary").contains("pending"));
        assertThat(robot.lookup("#markReturned").queryAs(Button.class).isDisabled()).isTrue();
        waitFor(() -> active().statuses().get(tp53.id()).confirmationPending());
        selectTab("tabAcmg");
        screenshot(app.stage().getScene(), "interpretation-en.png");
    }

    @Test
    void cancerCaseShowsTheSomaticPaneTmbAndTheGermlineFlagInJapanese() throws Exception {
        launch("ja", true);
        TableView<Finding> variants = table("#variantTable");
        // no consent recorded: the SF cancer genes (TP53, BRCA1) are hidden in a cancer case too
        waitFor(() -> variants.getItems().size() == 7);
        robot.interact(() -> active().interpretation().saveConsent(SecondaryFindingConsent.Choice.ALL, Set.of(), null,
                true, null, ""));
        waitFor(() -> variants.getItems().size() == 9);
        robot.interact(() -> ((TextField) robot.lookup("#tmbCallableMb").query()).setText("0.8"));
        robot.interact(() -> ((Button) robot.lookup("#tmbCompute").query()).fire());
        waitFor(() -> text("#tmbSummary").contains("5.0/Mb"));
        Finding tp53 = variants.getItems().stream().filter(f -> "TP53".equals(f.gene())).findFirst().orElseThrow();
        robot.interact(() -> variants.getSelectionModel().select(tp53));
        waitFor(() -> !text("#germlineFlag").isEmpty());
        assertThat(text("#germlineFlag")).contains("正常検体").contains("遺伝カウンセリング");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<org.zenome.classification.somatic.AmpTier> tier =
                    (ComboBox<org.zenome.classification.somatic.AmpTier>) robot.lookup("#ampTier").query();
            tier.setValue(org.zenome.classification.somatic.AmpTier.TIER_I_A);
            ((javafx.scene.control.CheckBox) robot.lookup("#onc-OS3").query()).setSelected(true);
            ((javafx.scene.control.CheckBox) robot.lookup("#onc-OM1").query()).setSelected(true);
            ((TextField) robot.lookup("#therapyDrug").query()).setText("olaparib");
            ((TextField) robot.lookup("#therapyTrials").query()).setText("jRCT2031210001");
        });
        assertThat(text("#oncogenicityResult")).startsWith("6 点");
        robot.interact(() -> ((Button) robot.lookup("#therapyAdd").query()).fire());
        robot.interact(() -> ((Button) robot.lookup("#somaticSave").query()).fire());
        waitFor(() -> {
            FindingStatus st = active().statuses().get(tp53.id());
            return st != null && st.tier() == org.zenome.classification.somatic.AmpTier.TIER_I_A;
        });
        selectTab("tabHistory");
        TableView<HistoryRow> history = table("#historyTable");
        waitFor(() -> history.getItems().stream().anyMatch(h -> h.subject().equals("AMP Tier")));
        assertThat(history.getItems()).extracting(HistoryRow::newValue).anySatisfy(v -> assertThat(v)
                .contains("olaparib").contains("jRCT2031210001"));
        selectTab("tabSomatic");
        screenshot(app.stage().getScene(), "interpretation-somatic-ja.png");
        assertThat(List.of(1)).hasSize(1);
    }

    private void selectTab(String id) {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#interpretationTabs").queryAs(
                    javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) throws TimeoutException {
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
