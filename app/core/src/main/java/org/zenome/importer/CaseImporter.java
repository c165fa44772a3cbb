package org.zenome.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Sample;
import org.zenome.domain.SourceFile;
import org.zenome.store.CaseStore;
import org.zenome.store.CaseWriter;
import org.zenome.store.FindingRow;
import org.zenome.store.NewCase;
import org.zenome.store.StoreException;

/**
 * Imports a VCF (and optional PED) into a new case, atomically: the caller's thread reads and parses while a
 * second thread writes to the store; a failure, an invalid line or a cancel leaves the store unchanged.
 */
public final class CaseImporter {
    private static final Logger LOG = LoggerFactory.getLogger(CaseImporter.class);
    private static final long PROGRESS_NANOS = 200_000_000L;
    private static final List<FindingRow> END = new ArrayList<>();

    private final CaseStore store;
    private final String toolVersion;
    private final String actor;

    /** An importer whose imports are audited under the operating-system account ({@code os:NAME}). */
    public CaseImporter(CaseStore store, String toolVersion) {
        this(store, toolVersion, "os:" + System.getProperty("user.name", "unknown"));
    }

    /** An importer whose imports are recorded in the audit log under {@code actor} (the logged-in user). */
    public CaseImporter(CaseStore store, String toolVersion, String actor) {
        this.store = store;
        this.toolVersion = toolVersion;
        this.actor = actor;
    }

    /**
     * Looks the new findings up again in each annotation source of the replaced data, when its file is still there
     * with the same SHA-256 (the annotations of the replaced rows went with them); the others are reported.
     */
    private org.zenome.interpretation.CarryOver reapplyAnnotations(long casePk,
                                                                 org.zenome.interpretation.CarryOver c) {
        if (c.superseded().isEmpty()) {
            return c;
        }
        List<String> applied = new ArrayList<>();
        List<String> notApplied = new ArrayList<>();
        org.zenome.annotation.PluginRegistry plugins = org.zenome.annotation.PluginRegistry.discover(
                org.zenome.annotation.PluginRegistry.defaultFolder());
        org.zenome.annotation.AnnotationService service = new org.zenome.annotation.AnnotationService(store,
                () -> actor, java.time.Clock.systemUTC());
        for (org.zenome.interpretation.AnnotationSourceRecord s : c.superseded()) {
            String label = s.plugin() + ": " + s.name() + (s.version().isEmpty() ? "" : " " + s.version());
            Path file = s.path().isEmpty() ? null : Path.of(s.path());
            var plugin = plugins.find(s.plugin());
            try {
                if (plugin.isEmpty()) {
                    notApplied.add(label + " (plugin " + s.plugin() + " not installed)");
                } else if (file == null || !Files.isRegularFile(file)) {
                    notApplied.add(label + " (" + s.path() + " not found)");
                } else if (!sha256(file).equalsIgnoreCase(s.sha256())) {
                    notApplied.add(label + " (" + s.path() + " changed since it was used: SHA-256 differs)");
                } else {
                    org.zenome.interpretation.AnnotationSourceRecord done = service.annotate(casePk, plugin.get(),
                            file, s.name(), null, null);
                    applied.add(label + " (" + done.matched() + " of " + done.lookedUp() + " findings matched)");
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot apply {} again: {}", label, e.toString());
                notApplied.add(label + " (" + e.getMessage() + ")");
            }
        }
        return c.withAnnotations(applied, notApplied);
    }

    public ImportResult importVcf(ImportRequest request, ImportListener listener)
            throws IOException, InvalidInputException, ImportCancelledException {
        long t0 = System.nanoTime();
        String vcfName = request.vcf().toString();
        List<String> warnings = new ArrayList<>();
        PedFile ped = request.ped() == null ? null : PedFile.read(request.ped(), request.ped().toString());
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zenome-import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            VcfHeader header = VcfProbe.readHeader(request.vcf(), vcfName);
            long size = Files.size(request.vcf());
            boolean bgzf = VcfInput.isBgzf(request.vcf());
            GenomeBuild build = decideBuild(header, request.build(), vcfName, warnings);
            DiseaseArea area = request.diseaseArea() != null ? request.diseaseArea()
                    : SampleRoles.areaOf(header, ped, request.roles());
            for (String name : request.roles().keySet()) {
                if (!header.samples().contains(name)) {
                    throw new InvalidInputException(vcfName, header.columnsLine(), "sample '" + name
                            + "' given a role is not in the VCF (samples: " + String.join(", ", header.samples()) + ")",
                            null);
                }
            }
            List<Sample> samples = SampleRoles.resolve(header, ped, request.roles(), area, warnings);
            List<SourceFile> browserFiles = CaseBrowserFiles.check(request, header.samples(), build, toolVersion,
                    warnings);
            ImportPipeline pipeline = new ImportPipeline(request.vcf(), vcfName, header, SampleRoles.primary(samples),
                    bgzf);
            java.util.Map<String, String[]> parents = new java.util.HashMap<>();
            if (ped != null) {
                for (PedFile.Individual i : ped.individuals()) {
                    if (header.samples().contains(i.id())) {
                        parents.put(i.id(), new String[] {i.father(), i.mother()});
                    }
                }
            }
            if (request.replace() && store.reviews().isLocked(request.caseId())) {
                throw new org.zenome.store.CaseLockedException(request.caseId(), "case " + request.caseId()
                        + " is signed off and read-only; its findings cannot be replaced (amend the case first)");
            }
            NewCase newCase = new NewCase(request.caseId(), area, request.diagnosis(), build, samples, parents);
            try (CaseWriter writer = store.beginImport(newCase, request.replace())) {
                writer.actor(actor);
                if (bgzf) {
                    writer.copySource(request.vcf());
                }
                BlockingQueue<List<FindingRow>> queue = new ArrayBlockingQueue<>(Integer.getInteger("zenome.import.queue", 4));
                long[] writerCpu = new long[1];
                Future<?> written = writerThread.submit(() -> {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    try {
                        while (true) {
                            List<FindingRow> batch = queue.take();
                            if (batch == END) {
                                return null;
                            }
                            writer.write(batch);
                        }
                    } finally {
                        writerCpu[0] = mx.getCurrentThreadCpuTime();
                    }
                });
                ImportPipeline.Result read;
                long[] counts = new long[2];
                long[] lastProgress = {System.nanoTime()};
                try {
                    read = pipeline.run(rows -> handOver(queue, rows, written), new ImportPipeline.Control() {
                        @Override
                        public boolean cancelled() {
                            return listener.cancelled();
                        }

                        @Override
                        public void progress(long records, long findings, long bytesRead) {
                            counts[0] = records;
                            counts[1] = findings;
                            long now = System.nanoTime();
                            if (now - lastProgress[0] > PROGRESS_NANOS) {
                                lastProgress[0] = now;
                                listener.progress(CaseImporter.progress(records, findings, bytesRead, size, t0,
                                        ImportProgress.Phase.READING));
                            }
                        }
                    });
                    handOver(queue, END, written);
                    written.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ImportCancelledException(request.caseId());
                } catch (ImportCancelledException e) {
                    throw new ImportCancelledException(request.caseId());
                } catch (ExecutionException e) {
                    throw unwrap(e);
                } finally {
                    written.cancel(true);
                    // the writer thread must have left the store before the writer is closed (end of this try):
                    // closing it under a batch still being inserted would free the statement the batch is using
                    stopWriter(writerThread);
                }
                if (listener.cancelled()) {
                    throw new ImportCancelledException(request.caseId());
                }
                warnings.addAll(read.warnings());
                if (read.records() == 0) {
                    warnings.add(vcfName + ": the file has no variant records");
                }
                List<SourceFile> files = new ArrayList<>();
                Instant now = Instant.now();
                files.add(new SourceFile("VCF", request.vcf().toAbsolutePath().toString(), size, read.sha256(),
                        String.join("; ", header.sources()), header.reference(), now, toolVersion, read.records(),
                        read.findings(), read.skippedReferenceBlocks()));
                if (request.ped() != null) {
                    files.add(new SourceFile("PED", request.ped().toAbsolutePath().toString(), Files.size(request.ped()),
                            sha256(request.ped()), null, null, now, toolVersion, ped.individuals().size(), 0, 0));
                }
                files.addAll(browserFiles);
                long readNanos = System.nanoTime() - t0;
                long commitStart = System.nanoTime();
                long casePk = writer.commit(files, String.join("\n", header.lines()), warnings,
                        bgzf ? request.vcf() : null, () -> listener.progress(progress(read.records(), read.findings(),
                                size, size, t0, ImportProgress.Phase.INDEXING)));
                org.zenome.interpretation.CarryOver carried = reapplyAnnotations(casePk, writer.carryOver());
                store.audit().append(actor, new org.zenome.audit.AuditEvent(request.replace() ? "case.reimport"
                        : "case.import", "case", request.caseId(), request.caseId(), null,
                        org.zenome.audit.AuditJson.of("vcf", files.get(0).path(), "sha256", files.get(0).sha256(),
                                "build", build, "diseaseArea", area, "records", read.records(), "findings",
                                read.findings(), "samples", samples.stream().map(x -> x.name() + "=" + x.role()).toList(),
                                "tool", toolVersion, "interpretationCarriedOver", carried.carried(),
                                "interpretationOrphaned", carried.orphaned(), "annotationSourcesApplied",
                                carried.reapplied().size(), "annotationSourcesNotApplied",
                                carried.notReapplied().size())));
                LOG.info("Import timing: read+write {} ms (writer CPU {} ms), indexes and commit {} ms",
                        readNanos / 1_000_000, writerCpu[0] / 1_000_000, (System.nanoTime() - commitStart) / 1_000_000);
                listener.progress(progress(read.records(), read.findings(), size, size, t0, ImportProgress.Phase.DONE));
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
                LOG.info("Imported case {}: {} records, {} findings in {} ms", request.caseId(), read.records(),
                        read.findings(), elapsed.toMillis());
                return new ImportResult(request.caseId(), casePk, read.records(), read.findings(),
                        read.skippedReferenceBlocks(), build, List.copyOf(warnings), elapsed, carried);
            }
        } finally {
            stopWriter(writerThread); // again (a no-op then) after the read, or the first time on an early failure
        }
    }

    /** Stops the writer thread and waits for it, also when this thread is interrupted (a cancelled import). */
    private static void stopWriter(ExecutorService writerThread) {
        writerThread.shutdownNow();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!writerThread.awaitTermination(60, TimeUnit.SECONDS)) {
                        LOG.warn("The import writer did not stop within a minute");
                    }
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void handOver(BlockingQueue<List<FindingRow>> queue, List<FindingRow> batch, Future<?> written)
            throws InterruptedException, ExecutionException {
        if (batch.isEmpty() && batch != END) {
            return;
        }
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (written.isDone()) {
                written.get();
                throw new IllegalStateException("import writer stopped");
            }
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof StoreException) {
            return (StoreException) c;
        }
        if (c instanceof RuntimeException) {
            return (RuntimeException) c;
        }
        return new StoreException("import failed: " + c, c);
    }

    private static ImportProgress progress(long records, long findings, long bytesRead, long size, long t0,
                                           ImportProgress.Phase phase) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ImportProgress(records, findings, bytesRead, size, seconds > 0 ? records / seconds : 0, phase);
    }

    static GenomeBuild decideBuild(VcfHeader header, GenomeBuild requested, String file, List<String> warnings)
            throws InvalidInputException {
        BuildDetector.Detection d = BuildDetector.detect(header);
        if (requested != null) {
            if (d.build().isPresent() && d.build().get() != requested) {
                throw new InvalidInputException(file, header.columnsLine(), "genome build mismatch: " + requested
                        + " was given but the header says " + d.build().get() + " (" + d.evidence() + ")", null);
            }
            return requested;
        }
        if (d.build().isEmpty()) {
            throw new InvalidInputException(file, header.columnsLine(), d.conflicting()
                    ? "the header contradicts itself about the genome build (" + d.evidence() + "); give it with --build"
                    : "cannot detect the genome build from the header (no ##reference, contig lengths or assembly); "
                    + "give it with --build GRCh37 or --build GRCh38", null);
        }
        if (d.conflicting()) {
            warnings.add(file + ": the header names more than one genome build (" + d.evidence() + "); contig lengths say "
                    + d.build().get());
        }
        return d.build().get();
    }

    static String sha256(Path p) throws IOException {
        return org.zenome.plugin.Checksums.sha256(p);
    }
}
