package org.zenome.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;

/**
 * Import time of one VCF repeated in one JVM (the desktop imports in its running JVM): the first run is what a
 * fresh command-line process pays (class loading, compilation), the later ones what an open application pays.
 * Run by bench/import-somatic.sh; prints one TSV line per run (run, milliseconds, findings).
 * Arguments: database file (or jdbc:postgresql:// URL), VCF, number of runs.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path vcf = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (CaseStore store = org.zenome.store.jdbc.StoreOpener.open(
                org.zenome.store.jdbc.StoreOpener.resolve(args[0]), null)) {
            CaseImporter importer = new CaseImporter(store, "bench");
            System.out.println("run\tms\tfindings");
            for (int i = 1; i <= runs; i++) {
                long t0 = System.nanoTime();
                ImportResult r = importer.importVcf(new ImportRequest("BENCH-SMALL", null, "", vcf, null, Map.of(), null,
                        store.cases().find("BENCH-SMALL").isPresent()), ImportListener.NONE);
                System.out.printf(Locale.ROOT, "%d\t%.0f\t%d%n", i, (System.nanoTime() - t0) / 1e6, r.findings());
            }
        }
    }
}
