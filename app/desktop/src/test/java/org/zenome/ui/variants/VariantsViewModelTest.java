package org.zenome.ui.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.Zygosity;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.CaseStore;
import org.zenome.ui.CoreBackend;
import org.zenome.ui.SharedData;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;

/**
 * The case view model on a real SQLite store holding the Scout trio, with the same-thread executor: every
 * query runs at once, so the test sees what the table would show.
 */
class VariantsViewModelTest {
    @TempDir
    static Path dir;
    private static CaseStore store;
    private static CaseSummary kase;
    private static long total;
    private VariantsViewModel vm;

    @BeforeAll
    static void importTrio() throws Exception {
        Path vcf = SharedData.scoutTrioVcf();
        Path ped = SharedData.scoutTrioPed();
        CoreBackend backend = new CoreBackend();
        store = backend.open(dir.resolve("cases.db"));
        backend.importService(store).importVcf(new ImportRequest("643594", DiseaseArea.RARE_DISEASE,
                "", vcf, ped, Map.of(), null, false), ImportListener.NONE);
        kase = store.cases().find("643594").orElseThrow();
        total = store.findings().count(kase.id(), VariantFilter.all());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void open() {
        vm = new VariantsViewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH),
                new Formats(Locale.ENGLISH, ZoneOffset.UTC), store.findings(), kase);
        vm.load();
    }

    @Test
    void firstPageAndCount() {
        assertThat(total).isGreaterThan(VariantsViewModel.PAGE_SIZE);
        assertThat(vm.rows()).hasSize(VariantsViewModel.PAGE_SIZE);
        assertThat(vm.totalProperty().get()).isEqualTo(total);
        assertThat(vm.hasNextProperty().get()).isTrue();
        assertThat(vm.pageTextProperty().get()).isEqualTo("Rows 1–100 of " + String.format(Locale.ENGLISH, "%,d", total));
        assertThat(vm.isTrio()).as("PED gives proband, mother and father").isTrue();
    }

    @Test
    void geneFilterRunsInTheStore() {
        vm.geneTextProperty().set("pole");
        assertThat(vm.rows()).isNotEmpty().allSatisfy(f -> assertThat(f.gene()).isEqualTo("POLE"));
        assertThat(vm.totalProperty().get()).isEqualTo(vm.rows().size());
        assertThat(vm.hasNextProperty().get()).isFalse();
        int pole = vm.rows().size();

        vm.geneTextProperty().set("POLE, TG");
        assertThat(vm.rows()).extracting(Finding::gene).contains("POLE", "TG").containsOnly("POLE", "TG");
        assertThat(vm.rows().size()).isGreaterThan(pole);
        assertThat(vm.activeFilter().genes()).containsExactly("POLE", "TG");
    }

    @Test
    void invalidNumberKeepsTheRowsAndExplains() {
        vm.geneTextProperty().set("TG");
        List<Finding> before = List.copyOf(vm.rows());
        vm.maxAfTextProperty().set("one percent");
        assertThat(vm.filterErrorProperty().get()).contains("Max pop. AF");
        assertThat(vm.rows()).containsExactlyElementsOf(before);
        vm.maxAfTextProperty().set("0.5");
        assertThat(vm.filterErrorProperty().get()).isEmpty();
        assertThat(vm.rows()).allSatisfy(f -> assertThat(f.populationAf() == null || f.populationAf() <= 0.5).isTrue());
    }

    @Test
    void pagesThroughTheCase() {
        Finding firstOfPage1 = vm.rows().get(0);
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        assertThat(vm.rows()).doesNotContain(firstOfPage1);
        assertThat(vm.pageTextProperty().get()).startsWith("Rows 101–");
        vm.lastPage();
        long lastPage = (total - 1) / VariantsViewModel.PAGE_SIZE;
        assertThat(vm.pageProperty().get()).isEqualTo((int) lastPage);
        assertThat(vm.rows()).hasSize((int) (total - lastPage * VariantsViewModel.PAGE_SIZE));
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.firstPage();
        assertThat(vm.rows().get(0)).isEqualTo(firstOfPage1);
    }

    @Test
    void sortsInTheStoreAndFiltersByImpact() {
        // the store's default direction of a score is the clinically relevant one: highest CADD first
        vm.sortBy(VariantFilter.SortKey.CADD, false);
        List<Double> cadd = vm.rows().stream().map(Finding::cadd).filter(c -> c != null).toList();
        assertThat(cadd).hasSizeGreaterThan(10).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(vm.activeFilter().sort()).isEqualTo(VariantFilter.SortKey.CADD);
        // the second click on the header reverses it
        vm.sortBy(VariantFilter.SortKey.CADD, true);
        List<Double> reversed = vm.rows().stream().map(Finding::cadd).filter(c -> c != null).toList();
        assertThat(reversed).hasSizeGreaterThan(10).isSorted();

        vm.impacts().setAll(Impact.HIGH, Impact.MODERATE);
        assertThat(vm.rows()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.impact()).isIn(Impact.HIGH, Impact.MODERATE));
    }

    @Test
    void selectionLoadsTheDetail() {
        vm.geneTextProperty().set("POLE");
        vm.selectedProperty().set(vm.rows().get(0));
        assertThat(vm.detail().transcripts()).isNotEmpty();
        assertThat(vm.detail().genotypes()).hasSize(3);
        assertThat(vm.detail().info()).isNotEmpty();
        assertThat(vm.detail().titleProperty().get()).startsWith(vm.rows().get(0).label());
        vm.selectedProperty().set(null);
        assertThat(vm.detail().transcripts()).isEmpty();
    }

    /**
     * With a genome browser beside the table, the detail pane loads a selection only once the browser has drawn
     * it (or after {@link VariantsViewModel#PANE_WAIT_MAX}); of several quick selections only the last loads.
     */
    @Test
    void detailPaneWaitsForTheBrowserThenForTheCapAtMost() {
        org.zenome.ui.common.ManualTaskExecutor manual = new org.zenome.ui.common.ManualTaskExecutor();
        VariantsViewModel gated = new VariantsViewModel(manual, new I18n(Locale.ENGLISH),
                new Formats(Locale.ENGLISH, ZoneOffset.UTC), store.findings(), kase);
        gated.load();
        gated.geneTextProperty().set("POLE");
        manual.runAll();
        List<Finding> rows = List.copyOf(gated.rows());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        Map<Finding, java.util.concurrent.CompletableFuture<Object>> drawn = new java.util.HashMap<>();
        gated.setPaneGate(f -> drawn.computeIfAbsent(f, x -> new java.util.concurrent.CompletableFuture<>()));
        String none = gated.detail().titleProperty().get();

        // the browser draws the selection: then the detail loads
        gated.selectedProperty().set(rows.get(0));
        while (manual.runNext()) {
            // nothing may load before the browser has drawn
        }
        assertThat(gated.detail().titleProperty().get()).isEqualTo(none);
        drawn.get(rows.get(0)).complete("drawn");
        manual.runAll();
        assertThat(gated.detail().titleProperty().get()).startsWith(rows.get(0).label());

        // quick selections: the first one drawn late is not loaded, the last one is
        gated.selectedProperty().set(rows.get(1));
        gated.selectedProperty().set(rows.get(2));
        drawn.get(rows.get(1)).complete("drawn");
        while (manual.runNext()) {
            // nothing
        }
        assertThat(gated.detail().titleProperty().get()).startsWith(rows.get(0).label());
        drawn.get(rows.get(2)).complete("drawn");
        manual.runAll();
        assertThat(gated.detail().titleProperty().get()).startsWith(rows.get(2).label());

        // a browser that never answers: the detail loads after the cap
        gated.setPaneGate(f -> new java.util.concurrent.CompletableFuture<>());
        gated.selectedProperty().set(rows.get(1));
        assertThat(manual.pendingDelays()).isEqualTo(1);
        manual.runAll();
        assertThat(gated.detail().titleProperty().get()).startsWith(rows.get(1).label());
        gated.dispose();
    }

    @Test
    void geneCompletionComesFromTheCase() {
        vm.geneTextProperty().set("TG, PO");
        assertThat(vm.geneSuggestions()).isNotEmpty().allSatisfy(g -> assertThat(g).startsWithIgnoringCase("PO"));
        vm.acceptSuggestion("POLE");
        assertThat(vm.geneTextProperty().get()).isEqualTo("TG, POLE");
    }

    @Test
    void deNovoModelKeepsAllelesAbsentFromBothParents() {
        vm.inheritanceProperty().set(InheritanceModel.DE_NOVO);
        assertThat(vm.activeFilter().inheritance()).isEqualTo(InheritanceModel.DE_NOVO);
        assertThat(vm.totalProperty().get()).isLessThan(total);
        for (Finding f : vm.rows()) {
            assertThat(zygosity(f, "ADM1059A2").carriesAllele()).as("proband carries " + f.label()).isTrue();
            assertThat(zygosity(f, "ADM1059A1").carriesAllele()).as("father of " + f.label()).isFalse();
            assertThat(zygosity(f, "ADM1059A3").carriesAllele()).as("mother of " + f.label()).isFalse();
        }
    }

    private static Zygosity zygosity(Finding f, String sample) {
        return f.genotypes().stream().filter(g -> g.sample().equals(sample)).findFirst().orElseThrow().zygosity();
    }

    @Test
    void resetClearsEveryCriterion() {
        vm.geneTextProperty().set("POLE");
        vm.passOnlyProperty().set(true);
        vm.resetFilter();
        assertThat(vm.activeFilter()).isEqualTo(VariantFilter.all());
        assertThat(vm.totalProperty().get()).isEqualTo(total);
    }
}
