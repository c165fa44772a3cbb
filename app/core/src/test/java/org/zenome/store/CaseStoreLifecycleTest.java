package org.zenome.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zenome.testing.TestImports.all;
import static org.zenome.testing.TestImports.bigTrioLines;
import static org.zenome.testing.TestImports.fixture;
import static org.zenome.testing.TestImports.importVcf;
import static org.zenome.testing.TestImports.join;
import static org.zenome.testing.TestImports.labels;
import static org.zenome.testing.TestImports.snapshot;
import static org.zenome.testing.TestImports.trioHeaderLines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportProgress;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.TestImports;

/**
 * Atomic import on a real SQLite store: a failed or cancelled import leaves the case list, every table and every
 * file exactly as they were; a second import of a case is refused or replaces it cleanly, never duplicates.
 */
class CaseStoreLifecycleTest {
    @TempDir
    Path dir;
    Path db;
    SqliteCaseStore store;

    @BeforeEach
    void open() throws Exception {
        db = dir.resolve("store").resolve("zenome.db");
        store = SqliteCaseStore.open(db);
        importVcf(store, "EXISTING", fixture("csq_order_a.vcf"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult run(String caseId, Path vcf, boolean replace, ImportListener l) throws Exception {
        return new CaseImporter(store, "test").importVcf(new ImportRequest(caseId, null, "", vcf, null, Map.of(), null,
                replace), l);
    }

    private void assertUnchanged(String before) {
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(store.cases().list()).extracting(CaseSummary::caseId).containsExactly("EXISTING");
        assertThat(all(store, store.cases().find("EXISTING").orElseThrow().id())).hasSize(1);
    }

    private Path malformed(String name, int records, int badDataLine) throws Exception {
        List<String> lines = bigTrioLines(records);
        int i = trioHeaderLines() + badDataLine - 1;
        lines.set(i, lines.get(i).replace("\tGT:AD:DP:GQ\t", "\tGT:AD:DP:GQ\t1/1:3,4,5:30:99\t"));
        return Files.write(dir.resolve(name), join(lines));
    }

    @Test
    void malformedLineMidFileLeavesNothing() throws Exception {
        String before = snapshot(db);
        for (Path p : List.of(malformed("bad.vcf", 6000, 5000),
                TestImports.bgzip(Files.readAllBytes(malformed("bad2.vcf", 6000, 5000)), dir.resolve("bad.vcf.gz")))) {
            assertThatThrownBy(() -> run("NEW", p, false, ImportListener.NONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("wrong number of columns");
            assertUnchanged(before);
        }
    }

    @Test
    void truncatedGzipLeavesNothing() throws Exception {
        String before = snapshot(db);
        byte[] gz = Files.readAllBytes(TestImports.gzip(join(bigTrioLines(6000)), dir.resolve("t.vcf.gz")));
        Path cut = Files.write(dir.resolve("cut.vcf.gz"), Arrays.copyOf(gz, gz.length - 500));
        assertThatThrownBy(() -> run("NEW", cut, false, ImportListener.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("truncated");
        assertUnchanged(before);
    }

    @Test
    void cancelledImportLeavesNothing() throws Exception {
        String before = snapshot(db);
        byte[] bytes = join(bigTrioLines(10_000)); // three text units, one BGZF unit
        Path plain = Files.write(dir.resolve("big.vcf"), bytes);
        Path bgz = TestImports.bgzip(bytes, dir.resolve("big.vcf.gz"));
        for (Path p : List.of(plain, bgz)) {
            AtomicInteger polls = new AtomicInteger();
            ImportListener cancelSoon = new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                }

                @Override
                public boolean cancelled() {
                    return polls.incrementAndGet() > 0; // at the first poll: lines are read and rows on their way
                }
            };
            assertThatThrownBy(() -> run("NEW", p, false, cancelSoon)).isInstanceOf(ImportCancelledException.class);
            assertThat(polls.get()).isPositive();
            assertUnchanged(before);
        }
    }

    @Test
    void secondImportOfACaseIsRefusedWithoutReplace() throws Exception {
        long pk = importVcf(store, "TRIO", fixture("trio_grch38.vcf"), fixture("trio.ped"), null).casePk();
        String before = snapshot(db);
        assertThatThrownBy(() -> run("TRIO", fixture("trio_grch38.vcf"), false, ImportListener.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(store.cases().list()).extracting(CaseSummary::caseId).containsExactlyInAnyOrder("EXISTING", "TRIO");
        assertThat(all(store, pk)).hasSize(14);
    }

    @Test
    void replaceWithTheSameFileDoesNotDuplicate() throws Exception {
        importVcf(store, "TRIO", fixture("trio_grch38.vcf"), fixture("trio.ped"), null);
        ImportResult r = run("TRIO", fixture("trio_grch38.vcf"), true, ImportListener.NONE);
        assertThat(store.cases().list()).extracting(CaseSummary::caseId).containsExactlyInAnyOrder("EXISTING", "TRIO");
        CaseSummary c = store.cases().find("TRIO").orElseThrow();
        assertThat(c.id()).isEqualTo(r.casePk());
        assertThat(c.findingCount()).isEqualTo(14);
        assertThat(all(store, c.id())).hasSize(14);
        assertThat(store.cases().sourceFiles(c.id())).hasSize(1); // the VCF (no PED this time), not both imports
        assertThat(findingFiles()).hasSize(2); // EXISTING's and the new TRIO's; the replaced file is gone
    }

    @Test
    void replacedCaseShowsTheNewFindingsEvenWhenItsKeyIsReused() throws Exception {
        // TRIO is the newest case: SQLite gives the replacement the same primary key
        long oldPk = importVcf(store, "TRIO", fixture("trio_grch38.vcf"), fixture("trio.ped"), null).casePk();
        List<Finding> old = all(store, oldPk); // the repository now knows this key
        assertThat(old).hasSize(14);
        assertThat(store.findings().count(oldPk, VariantFilter.all())).isEqualTo(14);
        assertThat(store.findings().detail(old.get(0).id())).isPresent();

        ImportResult r = run("TRIO", fixture("sv_grch37.vcf"), true, ImportListener.NONE);
        CaseSummary c = store.cases().find("TRIO").orElseThrow();
        assertThat(c.id()).isEqualTo(r.casePk());
        List<Finding> now = all(store, c.id());
        assertThat(now).hasSize(15);
        assertThat(labels(now)).first().isEqualTo("chr1:10000 N><DEL>");
        assertThat(now.get(0).genotypes()).extracting(g -> g.sample()).containsExactly("S1");
        assertThat(store.findings().count(c.id(), VariantFilter.all())).isEqualTo(15);
        assertThat(store.findings().genes(c.id(), "GENE", 10)).isEmpty();
        assertThat(store.findings().detail(now.get(0).id()).orElseThrow().info()).containsEntry("SVTYPE", "DEL");
        assertThat(c.samples()).extracting(s -> s.name()).containsExactly("S1");
        assertThat(findingFiles()).hasSize(2);
    }

    @Test
    void leftoversOfAnInterruptedImportAreRemovedAtTheNextStart() throws Exception {
        String before = snapshot(db);
        Path findings = db.resolveSibling(db.getFileName() + ".findings");
        Path stray = Files.writeString(findings.resolve("findings-123456789.db"), "partial");
        Path running = Files.writeString(findings.resolve("findings-987654321.db"), "being written");
        store.close();
        // a recent stray file may belong to an import running in another process: kept
        store = SqliteCaseStore.open(db);
        assertThat(stray).exists();
        store.close();
        // once old enough it is what a crash left: removed; the recent one stays
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(org.zenome.store.sqlite.SqliteCaseStore.ORPHAN_AGE).minusSeconds(60)));
        store = SqliteCaseStore.open(db);
        assertThat(stray).doesNotExist();
        assertThat(running).exists();
        Files.delete(running);
        assertThat(snapshot(db)).isEqualTo(before);
    }

    private List<Path> findingFiles() throws Exception {
        try (var s = Files.list(db.resolveSibling(db.getFileName() + ".findings"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
        }
    }
}
