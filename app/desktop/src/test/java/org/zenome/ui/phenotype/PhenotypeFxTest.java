package org.zenome.ui.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.Finding;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.HpoTerm;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.SharedData;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a real store holding the Scout trio, the 2017 HPO files installed and an Exomiser result
 * imported: the clinician searches HPO, records a present and an excluded feature, ranks the variant table by the
 * phenotype match and by Exomiser, and reads the gene's inheritance fit.
 */
class PhenotypeFxTest {
    private static final Path HPO = SharedData.root().resolve("hpo");
    private static final Path EXOMISER = Path.of("../../plugins/exomiser/src/test/resources/exomiser/"
            + "sample-exomiser.variants.tsv");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void recordFeaturesRankGenesAndSeeTheInheritanceFit() throws Exception {
        Path obo = HPO.resolve("hp_2017-04-13.obo.gz");
        Assumptions.assumeTrue(Files.isRegularFile(obo), "the shared HPO files are not under " + HPO);
        String db = dir.resolve("cases.db").toString();
        cli("import", "--db", db, "--case", "643594", "--ped", SharedData.scoutTrioPed().toString(), "--disease-area",
                "rare-disease", SharedData.scoutTrioVcf().toString());
        cli("phenotype", "install", "--db", db, "--ontology", obo.toString(), "--diseases",
                HPO.resolve("hpo_annotations_build117_2017-02-24_phenotype_annotation.tab.gz").toString(), "--genes",
                HPO.resolve("hpo_annotations_build117_2017-02-24_ALL_SOURCES_ALL_FREQUENCIES_genes_to_phenotype.txt.gz")
                        .toString());
        cli("annotate", "--db", db, "--case", "643594", "--plugin", "exomiser", "--plugins",
                dir.resolve("none").toString(), EXOMISER.toString());

        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db, "--lang", "en");
        WaitForAsyncUtils.waitForFxEvents();
        LoginSteps.enter(robot);
        waitFor(() -> !app.mainViewModel().caseList().items().isEmpty());
        robot.interact(() -> app.mainViewModel().openCase(app.mainViewModel().caseList().items().get(0)));
        TableView<Finding> variants = lookup("#variantTable");
        waitFor(() -> !variants.getItems().isEmpty());
        waitFor(() -> text("#phenotypeStatus").startsWith("HPO 2017-04-13: "));

        // the Exomiser ranks are a sortable column: sorting by it puts Exomiser's best gene first
        TableColumn<Finding, ?> exomiser = column(variants, "column-exomiser");
        PhenotypeViewModel vm = app.mainViewModel().activeCaseProperty().get().phenotype();
        waitFor(() -> !vm.exomiser().isEmpty());
        robot.interact(() -> variants.getSortOrder().setAll(exomiser));
        waitFor(() -> variants.getItems().get(0).gene().equals("ADNP"));
        assertThat(exomiser.getCellData(0)).isEqualTo("#1  0.971");

        // search HPO by a synonym, read the definition, record the feature with its onset
        TabPane tabs = lookup("#detailTabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-phenotype".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#phenotypeSearch").write("epilepsy");
        ListView<HpoTerm> results = lookup("#phenotypeResults");
        waitFor(() -> results.getItems().stream().anyMatch(t -> t.id().equals("HP:0001250")));
        HpoTerm seizures = results.getItems().stream().filter(t -> t.id().equals("HP:0001250")).findFirst()
                .orElseThrow();
        robot.interact(() -> results.getSelectionModel().select(seizures));
        waitFor(() -> robot.lookup("#phenotypeDefinition").queryAs(TextArea.class).getText()
                .startsWith("Seizures (HP:0001250)\n"));
        assertThat(robot.lookup("#phenotypeDefinition").queryAs(TextArea.class).getText()).contains("Epilepsy");
        robot.interact(() -> vm.onsetProperty().set(vm.onsets().stream().filter(t -> t.id().equals("HP:0003593"))
                .findFirst().orElseThrow()));
        robot.clickOn("#phenotypeAdd");
        ListView<CaseFeature> features = lookup("#phenotypeFeatures");
        waitFor(() -> features.getItems().size() == 1);
        assertThat(features.getItems().get(0).onsetLabel()).isEqualTo("Infantile onset");

        // an excluded feature
        robot.clickOn("#phenotypeSearch").write("global developmental delay");
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().get(0).id().equals("HP:0001263"));
        robot.clickOn("#phenotypeExcluded");
        robot.clickOn("#phenotypeAdd");
        waitFor(() -> features.getItems().size() == 2);
        assertThat(features.getItems()).filteredOn(CaseFeature::excluded).extracting(CaseFeature::termId)
                .containsExactly("HP:0001263");

        // the phenotype scores fill their column; sorting it ranks the table in SQL, best gene first
        TableColumn<Finding, ?> pheno = column(variants, "column-phenotypeScore");
        waitFor(() -> !vm.phenotypeScores().isEmpty());
        robot.interact(() -> {
            variants.getSortOrder().setAll(pheno);
        });
        double best = vm.phenotypeScores().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // wait for the page sorted by the phenotype match (the Exomiser-sorted page may already start with the best)
        waitFor(() -> {
            java.util.List<Double> shown = variants.getItems().stream()
                    .map(f -> vm.phenotypeScores().get(f.gene().toUpperCase())).filter(java.util.Objects::nonNull)
                    .toList();
            boolean descending = true;
            for (int i = 1; i < shown.size(); i++) {
                descending &= shown.get(i) <= shown.get(i - 1) + 1e-9;
            }
            return vm.rankingProperty().get() == PhenotypeViewModel.Ranking.PHENOTYPE && !shown.isEmpty()
                    && descending && Math.abs(shown.get(0) - best) < 1e-6;
        });
        assertThat(best).isGreaterThan(0);

        // the gene tab: score, and the inheritance of the gene checked against the trio's genotypes
        robot.interact(() -> variants.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-gene".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#geneScore").tryQuery().isPresent());
        assertThat(text("#geneTitle")).isEqualTo(variants.getItems().get(0).gene());
        assertThat(text("#geneScore")).startsWith("Phenotype match (Resnik, best-match average): ");
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().startsWith("geneFit-")).queryAll())
                .allSatisfy(n -> assertThat(((Label) n).getText()).containsAnyOf("consistent", "not assessed"));
        screenshot("phenotype-en.png");

        // Exomiser again: its column header ranks by Exomiser
        robot.interact(() -> variants.getSortOrder().setAll(exomiser));
        waitFor(() -> vm.rankingProperty().get() == PhenotypeViewModel.Ranking.EXOMISER
                && variants.getItems().get(0).gene().equals("ADNP"));
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String id) throws TimeoutException {
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        return (T) robot.lookup(id).query();
    }

    private static TableColumn<Finding, ?> column(TableView<Finding> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = app.stage().getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        ImageIO.write(buffered, "png", out.resolve(name).toFile());
    }
}
