package org.zenome.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.zenome.cli.ZenomeCli;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.importer.InvalidInputException;
import org.zenome.importer.VcfProbe;
import org.zenome.importer.VcfSummary;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.importer.ImportService;

/** The real core: the case store (SQLite file or PostgreSQL server), the VCF importer and the header probe. */
public final class CoreBackend implements Backend {

    @Override
    public CaseStore open(Path database) {
        return SqliteCaseStore.open(database);
    }

    @Override
    public boolean needsPassphrase(Path database) {
        return org.zenome.store.sqlite.SqliteKeyring.needsPassphrase(database);
    }

    @Override
    public void unlock(Path database, char[] passphrase) {
        org.zenome.store.sqlite.SqliteKeyring.unlock(database, passphrase);
    }

    @Override
    public Optional<org.zenome.store.StoreBackup> backups(Path database) {
        return Optional.of(new org.zenome.store.sqlite.SqliteStoreBackup(database, ZenomeCli.version()));
    }

    @Override
    public CaseStore open(String location, org.zenome.store.postgres.PgCredentials.Prompt prompt) {
        return org.zenome.store.jdbc.StoreOpener.open(location, prompt);
    }

    @Override
    public ImportService importService(CaseStore store) {
        return service(new CaseImporter(store, ZenomeCli.version()));
    }

    @Override
    public ImportService importService(CaseStore store, java.util.function.Supplier<String> actor) {
        return new ImportService() {
            @Override
            public VcfSummary inspect(Path vcf) throws IOException, InvalidInputException {
                return VcfProbe.inspect(vcf);
            }

            @Override
            public ImportResult importVcf(ImportRequest request, ImportListener listener)
                    throws IOException, InvalidInputException, ImportCancelledException {
                return new CaseImporter(store, ZenomeCli.version(), actor.get()).importVcf(request, listener);
            }
        };
    }

    private static ImportService service(CaseImporter importer) {
        return new ImportService() {
            @Override
            public VcfSummary inspect(Path vcf) throws IOException, InvalidInputException {
                return VcfProbe.inspect(vcf);
            }

            @Override
            public ImportResult importVcf(ImportRequest request, ImportListener listener)
                    throws IOException, InvalidInputException, ImportCancelledException {
                return importer.importVcf(request, listener);
            }
        };
    }

    @Override
    public Optional<DemoCaseProvider> demoCases() {
        return Optional.of(dir -> {
            org.zenome.demo.DemoFiles f = new org.zenome.demo.DemoCaseGenerator().generate(dir);
            // The father's and the normal's reads as CRAM (written by htsjdk, served to igv.js as BAM regions: see
            // docs/adr/genome-browser-webview.md), the others' as BAM, so that the demo shows both kinds.
            java.util.Map<String, Path> reads = new java.util.LinkedHashMap<>();
            f.alignments().forEach((sample, a) -> reads.put(sample,
                    sample.endsWith("-FATHER") || sample.endsWith("-NORMAL") ? a.cram() : a.bam()));
            return new DemoCaseProvider.DemoFiles(f.trioVcf(), f.trioPed(), f.tumourNormalVcf(), f.reference(),
                    f.genes(), reads);
        });
    }

    @Override
    public Optional<org.zenome.ui.report.ReportBackend> reports(CaseStore store) {
        return Optional.of(new org.zenome.ui.report.ReportBackend() {
            private org.zenome.report.ReportService service;

            @Override
            public synchronized org.zenome.report.ReportService service() {
                if (service == null) {
                    service = new org.zenome.report.ReportService(store,
                            org.zenome.report.ReportWiring.records(store),
                            new org.zenome.report.pdf.PdfReportRenderer(org.zenome.report.ReportTemplates.locate(null)),
                            org.zenome.report.ReportWiring.events(store), java.time.Clock.systemDefaultZone());
                }
                return service;
            }
        });
    }
}
