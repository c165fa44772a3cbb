package org.zenome.ui;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.zenome.ui.FxTestSupport.fxCall;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.browser.BrowserState;
import org.zenome.browser.VariantWindow;
import org.zenome.domain.CaseSnapshot;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantType;
import org.zenome.ui.browser.CaseBrowserPane;
import org.zenome.ui.browser.IgvEventListener;

/**
 * The genome browser in the case view of the real application, on the demo trio it generates (synthetic reference,
 * simulated BAMs): igv.js in a WebView under headless Monocle. Selecting a row shows the variant with the reads of
 * every sample; clicking a variant in the browser selects its row; the locus box finds a finding by HGVS; the view
 * is saved as SVG and PNG and kept with the case. Prints the selection → "locus rendered" times (BENCH lines).
 */
class CaseBrowserFxTest {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private final BlockingQueue<Duration> rendered = new LinkedBlockingQueue<>();
    private ZenomeApp app;

    @TempDir
    Path dir;

    /** A curated SNV of the demo trio, from the generator's answer key. */
    record Curated(String gene, String chrom, int pos, String ref, String alt, String hgvsC) {
    }

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", dir.resolve("cases.db").toString(),
                "--lang", "en");
        org.zenome.ui.LoginSteps.enter(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void tableAndBrowserFollowEachOtherOnTheDemoTrio() throws Exception {
        waitFor(() -> robot.lookup("Create demo cases").tryQuery().isPresent());
        robot.clickOn("Create demo cases");
        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null
                && "DEMO-TRIO".equals(app.mainViewModel().activeCaseProperty().get().kase().caseId()));
        TableView<Finding> table = table();
        waitFor(() -> !table.getItems().isEmpty());
        CaseBrowserPane pane = robot.lookup("#caseBrowser").queryAs(CaseBrowserPane.class);
        waitFor(() -> pane.browser().bridge().isReady());
        robot.interact(() -> pane.browser().bridge().addListener(new IgvEventListener() {
            @Override
            public void locusRendered(String locus, Duration elapsed) {
                rendered.add(elapsed);
            }
        }));

        // the curated SNVs of the trio, on one page through the gene filter
        // (twelve genes; secondary-finding genes are hidden without consent; the rest fit on the first page)
        List<Curated> all = curatedTrioSnvs(app.database().getParent().resolve("demo/demo-findings.tsv"));
        Set<String> genes = new LinkedHashSet<>();
        all.stream().map(Curated::gene).distinct().limit(12).forEach(genes::add);
        var caseVm = app.mainViewModel().activeCaseProperty().get();
        robot.clickOn("#geneFilter").write(String.join(" ", genes));
        waitFor(() -> !caseVm.loadingProperty().get() && !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(f -> genes.contains(f.gene())));
        List<Curated> snvs = all.stream().filter(s -> genes.contains(s.gene()) && row(table, s) != null).toList();
        assertThat(snvs).hasSizeGreaterThanOrEqualTo(5);

        // table -> browser: every curated SNV is centred with the reads of the three samples
        List<Duration> times = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (Curated s : snvs) {
            Finding f = row(table, s);
            rendered.clear();
            long t0 = System.nanoTime();
            robot.interact(() -> table.getSelectionModel().select(f));
            Duration elapsed = rendered.poll(60, TimeUnit.SECONDS);
            wall.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(elapsed).as("locus rendered for %s", f.label()).isNotNull();
            times.add(elapsed);
            System.out.println("BENCH   " + f.label() + " " + elapsed.toMillis() + " ms");
            String expected = VariantWindow.locus(VariantWindow.around(f));
            BrowserState state = pane.browser().bridge().state().get(60, TimeUnit.SECONDS);
            assertThat(state.locus()).isEqualTo(expected);
            for (String track : List.of("DEMO-PROBAND (proband)", "DEMO-MOTHER (mother)", "DEMO-FATHER (father)")) {
                assertThat(state.tracks()).as("track %s", track).anySatisfy(t -> {
                    assertThat(t.name()).isEqualTo(track);
                    assertThat(t.inView()).as("reads of %s at %s", track, f.label()).isPositive();
                });
            }
        }
        System.out.println("BENCH case view: first selection -> locus rendered " + times.get(0).toMillis() + " ms");
        System.out.println("BENCH " + summary("case view (demo trio, 3 BAMs): table selection -> locus rendered, "
                + "after the first", times.subList(1, times.size())));
        System.out.println("BENCH " + summary("case view: same, wall clock from select() to event",
                wall.subList(1, wall.size()).stream().map(Duration::ofMillis).toList()));

        // browser -> table: show another curated SNV through the bridge only, click its mark: its row is selected
        Curated first = snvs.get(0);
        Curated other = snvs.get(snvs.size() - 1);
        robot.interact(() -> table.getSelectionModel().select(row(table, first)));
        waitFor(() -> rendered.poll() != null);
        pane.browser().bridge().selectVariant(row(table, other)).get(60, TimeUnit.SECONDS);
        Point2D mark = pane.browser().bridge().locate("Variants", other.pos()).get(60, TimeUnit.SECONDS).orElseThrow();
        Point2D onScreen = fxCall(() -> pane.browser().webView().localToScreen(mark));
        robot.clickOn(onScreen);
        waitFor(() -> table.getSelectionModel().getSelectedItem() == row(table, other));

        // the locus box: a finding of the case by gene and HGVS, then a gene symbol of the reference's genes
        Curated byHgvs = snvs.get(1);
        TextField locus = robot.lookup("#browserLocus").queryAs(TextField.class);
        robot.interact(() -> locus.setText(byHgvs.gene() + ":" + byHgvs.hgvsC()));
        robot.clickOn(locus).type(KeyCode.ENTER);
        waitFor(() -> table.getSelectionModel().getSelectedItem() == row(table, byHgvs));
        waitFor(() -> pane.browser().bridge().locusProperty().get()
                .equals(VariantWindow.locus(VariantWindow.around(row(table, byHgvs)))));
        screenshot(app.stage().getScene(), "case-browser-en.png");

        // save as SVG and PNG: files written, both kept with the case
        Path svg = dir.resolve("view.svg");
        Path png = dir.resolve("view.png");
        fxCall(() -> pane.save(svg)).get(60, TimeUnit.SECONDS);
        fxCall(() -> pane.save(png)).get(60, TimeUnit.SECONDS);
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(svgText).startsWith("<svg").contains("DEMOPROBANDproband").contains("DEMOFATHERfather");
        assertThat(nonBackgroundFraction(ImageIO.read(png.toFile()))).isGreaterThan(0.05);
        long casePk = app.mainViewModel().activeCaseProperty().get().kase().id();
        List<CaseSnapshot> kept = storeSnapshots(casePk);
        assertThat(kept).extracting(CaseSnapshot::format).containsExactly("SVG", "PNG");
        assertThat(kept.get(1).content()).isEqualTo(Files.readAllBytes(png));

        // closing the case blanks the browser and stops serving its files
        robot.interact(() -> app.mainViewModel().closeCase(app.mainViewModel().activeCaseProperty().get()));
        waitFor(() -> pane.browser().servedFileCount() == 0);
    }

    private List<CaseSnapshot> storeSnapshots(long casePk) throws Exception {
        try (org.zenome.store.sqlite.SqliteCaseStore store = org.zenome.store.sqlite.SqliteCaseStore.open(
                app.database())) {
            return store.snapshots().list(casePk);
        }
    }

    static List<Curated> curatedTrioSnvs(Path answerKey) throws IOException {
        List<String> lines = Files.readAllLines(answerKey, StandardCharsets.UTF_8);
        List<String> header = null;
        List<Curated> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            String ref = cells.get(header.indexOf("ref"));
            String alt = cells.get(header.indexOf("alt"));
            String hgvsC = cells.get(header.indexOf("hgvs_c"));
            if (cells.get(header.indexOf("case")).equals("trio") && ref.length() == 1 && alt.length() == 1
                    && !hgvsC.isEmpty()) {
                out.add(new Curated(cells.get(header.indexOf("gene")), cells.get(header.indexOf("chrom")),
                        Integer.parseInt(cells.get(header.indexOf("pos"))), ref, alt, hgvsC));
            }
        }
        return out;
    }

    private static Finding row(TableView<Finding> table, Curated s) {
        return table.getItems().stream().filter(f -> f.type() == VariantType.SNV && f.chrom().equals(s.chrom())
                && f.pos() == s.pos() && f.ref().equals(s.ref()) && f.alt().equals(s.alt())).findFirst().orElse(null);
    }

    static String summary(String what, List<Duration> all) {
        List<Long> ms = all.stream().map(Duration::toMillis).sorted().toList();
        return String.format(Locale.ROOT, "%s: n=%d median=%d ms p90=%d ms min=%d ms max=%d ms", what, ms.size(),
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.9) - 1), ms.get(0), ms.get(ms.size() - 1));
    }

    /** Pixels that differ from the top-left (background) colour. */
    static double nonBackgroundFraction(BufferedImage image) {
        int background = image.getRGB(0, image.getHeight() - 1);
        long differ = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    differ++;
                }
            }
        }
        return differ / (double) ((long) image.getWidth() * image.getHeight());
    }

    @SuppressWarnings("unchecked")
    private TableView<Finding> table() throws TimeoutException {
        // a case tab is built on the FX thread after the case becomes active
        waitFor(() -> robot.lookup("#variantTable").tryQuery().isPresent());
        return robot.lookup("#variantTable").queryAs(TableView.class);
    }
}
