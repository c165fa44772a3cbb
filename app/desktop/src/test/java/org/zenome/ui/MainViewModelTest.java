package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.SampleRole;
import org.zenome.store.CaseStore;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;

/**
 * First start: an empty store offers the demo cases, and accepting imports both (real importer, real
 * SQLite) and opens the trio. Until the project's demo generator is on main, the provider hands over the
 * Scout trio and the Scout tumour/normal VCF from the shared data.
 */
class MainViewModelTest {
    @TempDir
    Path dir;
    private CaseStore store;
    private final CoreBackend backend = new CoreBackend();

    @BeforeEach
    void open() throws Exception {
        store = backend.open(dir.resolve("cases.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MainViewModel mainViewModel(Optional<DemoCaseProvider> demo) {
        return new MainViewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH),
                new Formats(Locale.ENGLISH, ZoneOffset.UTC), store, backend.importService(store), demo,
                dir.resolve("demo"));
    }

    private static DemoCaseProvider sharedDataDemo() {
        Path trio = SharedData.scoutTrioVcf();
        Path ped = SharedData.scoutTrioPed();
        Path tumourNormal = SharedData.scoutCancerVcf();
        return target -> {
            Files.createDirectories(target);
            return new DemoCaseProvider.DemoFiles(
                    Files.copy(trio, target.resolve("demo-trio.vcf.gz"), StandardCopyOption.REPLACE_EXISTING),
                    Files.copy(ped, target.resolve("demo-trio.ped"), StandardCopyOption.REPLACE_EXISTING),
                    Files.copy(tumourNormal, target.resolve("demo-tn.vcf.gz"), StandardCopyOption.REPLACE_EXISTING));
        };
    }

    @Test
    void emptyStoreOffersTheDemoCasesAndCreatesThem() {
        MainViewModel vm = mainViewModel(Optional.of(sharedDataDemo()));
        vm.start();
        assertThat(vm.caseList().items()).isEmpty();
        assertThat(vm.offerDemoProperty().get()).isTrue();

        vm.createDemoCases();
        assertThat(vm.errorMessageProperty().get()).isEmpty();
        assertThat(vm.offerDemoProperty().get()).isFalse();
        assertThat(vm.backgroundRunningProperty().get()).isFalse();
        assertThat(vm.caseList().items()).extracting(CaseSummary::caseId)
                .containsExactlyInAnyOrder(MainViewModel.DEMO_TRIO_ID, MainViewModel.DEMO_TUMOUR_NORMAL_ID);
        CaseSummary trio = store.cases().find(MainViewModel.DEMO_TRIO_ID).orElseThrow();
        assertThat(trio.diseaseArea()).isEqualTo(DiseaseArea.RARE_DISEASE);
        assertThat(trio.diagnosis()).contains("SYNTHETIC");
        assertThat(trio.samples()).extracting(s -> s.role())
                .containsExactlyInAnyOrder(SampleRole.FATHER, SampleRole.PROBAND, SampleRole.MOTHER);
        CaseSummary tn = store.cases().find(MainViewModel.DEMO_TUMOUR_NORMAL_ID).orElseThrow();
        assertThat(tn.diseaseArea()).isEqualTo(DiseaseArea.CANCER);
        assertThat(tn.samples()).extracting(s -> s.role())
                .containsExactlyInAnyOrder(SampleRole.TUMOUR, SampleRole.NORMAL);
        assertThat(vm.activeCaseProperty().get().kase().caseId()).isEqualTo(MainViewModel.DEMO_TRIO_ID);
        assertThat(vm.titleProperty().get()).isEqualTo("Zenome — DEMO-TRIO");
        assertThat(vm.statusTextProperty().get()).contains(dir.resolve("cases.db").toString());
    }

    @Test
    void noOfferWithoutAGeneratorOrWhenCasesExist() {
        MainViewModel without = mainViewModel(Optional.empty());
        without.start();
        assertThat(without.offerDemoProperty().get()).isFalse();

        MainViewModel first = mainViewModel(Optional.of(sharedDataDemo()));
        first.start();
        first.createDemoCases();
        MainViewModel second = mainViewModel(Optional.of(sharedDataDemo()));
        second.start();
        assertThat(second.caseList().items()).hasSize(2);
        assertThat(second.offerDemoProperty().get()).isFalse();
    }
}
