package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportProgress;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zenome import}: a VCF into a new case, atomically. */
@Command(name = "import", description = "Import a VCF (germline, trio with a PED, or tumour/normal) into a new case.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Pseudonymous case ID.")
    String caseId;

    @Option(names = "--ped", paramLabel = "FILE", description = "PED pedigree (family roles, sexes, affected status).")
    Path ped;

    @Option(names = "--sample", paramLabel = "NAME=ROLE",
            description = "Role of a sample: proband, mother, father, sibling, tumour, normal, other (repeatable).")
    Map<String, String> samples = new LinkedHashMap<>();

    @Option(names = "--bam", paramLabel = "SAMPLE=PATH",
            description = "Reads of a sample for the genome browser: BAM (with .bai/.csi) or CRAM (with .crai) "
                    + "beside it; referenced in place (repeatable).")
    Map<String, Path> bams = new LinkedHashMap<>();

    @Option(names = "--coverage", paramLabel = "SAMPLE=PATH",
            description = "Precomputed coverage of a sample for the genome browser: bigWig or TDF (repeatable).")
    Map<String, Path> coverage = new LinkedHashMap<>();

    @Option(names = "--build", paramLabel = "GRCh37|GRCh38",
            description = "Genome build; detected from the header when not given.")
    String build;

    @Option(names = "--disease-area", paramLabel = "cancer|rare-disease",
            description = "Disease area; decided from the sample roles when not given.")
    String diseaseArea;

    @Option(names = "--diagnosis", paramLabel = "TEXT", description = "Diagnosis (free text).")
    String diagnosis = "";

    @Option(names = "--replace", description = "Replace the findings of an existing case of this ID.")
    boolean replace;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "VCF", description = "VCF file, plain or bgzipped.")
    Path vcf;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GenomeBuild b = null;
        if (build != null) {
            b = parseBuild(build);
        }
        DiseaseArea area = diseaseArea == null ? null : parseArea(diseaseArea);
        Map<String, SampleRole> roles = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : samples.entrySet()) {
            roles.put(e.getKey(), SampleRole.parse(e.getValue()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown role '" + e.getValue() + "' for sample " + e.getKey()
                    + " (proband, mother, father, sibling, tumour, normal, other)")));
        }
        ImportRequest request = new ImportRequest(caseId, area, diagnosis, vcf, ped, roles, b, replace)
                .withAlignments(bams).withCoverage(coverage);
        // Ctrl-C or a kill (not -9): cancel, let the import roll back, then let the JVM exit
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            interrupted.set(true);
            try {
                finished.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "zenome-import-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try (CaseStore store = db.open()) {
            ImportListener listener = progress(err);
            ImportListener cancellable = new ImportListener() {
                @Override
                public void progress(ImportProgress p) {
                    listener.progress(p);
                }

                @Override
                public boolean cancelled() {
                    return interrupted.get();
                }
            };
            ImportResult r = new CaseImporter(store, ZenomeCli.version()).importVcf(request, cancellable);
            if (!quiet && System.console() != null) {
                err.println();
            }
            for (String w : r.warnings()) {
                err.println("warning: " + w);
            }
            out.printf(Locale.ROOT, "imported case %s: %d records, %d findings, %d reference blocks skipped, %s, %.1f s%n",
                    r.caseId(), r.records(), r.findings(), r.skippedReferenceBlocks(), r.build(),
                    r.elapsed().toMillis() / 1000.0);
            if (replace) {
                printCarryOver(r.carryOver(), out, err);
            }
            out.flush();
            return ZenomeCli.OK;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    /** What became of the replaced case's interpretation: counts on standard output, each orphan on standard error. */
    static void printCarryOver(org.zenome.interpretation.CarryOver c, PrintWriter out, PrintWriter err) {
        out.printf(Locale.ROOT, "interpretation: %d findings carried over, %d orphaned%n", c.carried(), c.orphaned());
        for (String o : c.orphanLabels()) {
            err.println("orphaned: " + o + " (its variant is not in the new data; its records are kept on the case)");
        }
        for (String a : c.reapplied()) {
            out.println("annotation source applied again: " + a);
        }
        for (String a : c.notReapplied()) {
            err.println("warning: annotation source not applied again: " + a);
        }
        if (c.tmbStale()) {
            err.println("warning: the case's TMB was computed on the replaced data; compute it again (zenome tmb)");
        }
    }

    private ImportListener progress(PrintWriter err) {
        if (quiet) {
            return ImportListener.NONE;
        }
        boolean terminal = System.console() != null;
        long interval = terminal ? 1_000_000_000L : 10_000_000_000L;
        return new ImportListener() {
            private long last = System.nanoTime();

            @Override
            public void progress(ImportProgress p) {
                long now = System.nanoTime();
                if (p.phase() == ImportProgress.Phase.READING && now - last < interval) {
                    return;
                }
                last = now;
                err.printf(Locale.ROOT, (terminal ? "\r" : "") + "%-8s %5.1f%%  %,d records  %,d findings  %,.0f records/s"
                        + (terminal ? "" : "%n"), p.phase().name().toLowerCase(Locale.ROOT), 100 * p.fraction(),
                        p.records(), p.findings(), p.recordsPerSecond());
                err.flush();
            }
        };
    }

    private GenomeBuild parseBuild(String s) {
        return parseBuild(spec.commandLine(), s);
    }

    static GenomeBuild parseBuild(CommandLine cl, String s) {
        for (GenomeBuild g : GenomeBuild.values()) {
            if (g.name().equalsIgnoreCase(s)) {
                return g;
            }
        }
        throw new CommandLine.ParameterException(cl, "--build must be GRCh37 or GRCh38, not '" + s + "'");
    }

    private DiseaseArea parseArea(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("cancer")) {
            return DiseaseArea.CANCER;
        }
        if (t.equals("rare-disease") || t.equals("rare")) {
            return DiseaseArea.RARE_DISEASE;
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--disease-area must be cancer or rare-disease, not '" + s + "'");
    }
}
