package org.zenome.qc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.SourceFile;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.CaseStore;

/**
 * Runs the sample QC of a case: one keyset-paged pass over its findings through the finding repository, the reads'
 * coverage (BAM/CRAM of the case, sampled) or imported metrics, then the checks. The result is kept with the case;
 * each run and each acknowledgement is written to the audit log.
 */
public final class QcService {
    /** Findings read per page of the pass. */
    static final int PAGE = 20_000;

    private final CaseStore store;
    private final Clock clock;

    public QcService(CaseStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Computes, stores and audits the QC of a case.
     *
     * @param metrics coverage metrics files (mosdepth summary or Picard WgsMetrics) by sample name; they take the
     *                place of the case's reads for those samples
     * @param reads   whether to sample the case's BAM/CRAM files for coverage and Y
     */
    public QcResult run(CaseSummary c, QcThresholds thresholds, Map<String, Path> metrics, boolean reads, String user)
            throws InvalidInputException {
        Map<String, Coverage> coverage = new HashMap<>();
        for (Map.Entry<String, Path> e : metrics.entrySet()) {
            if (c.samples().stream().noneMatch(s -> s.name().equals(e.getKey()))) {
                throw new InvalidInputException(e.getValue(), 0, "sample '" + e.getKey() + "' is not in case "
                        + c.caseId());
            }
            coverage.put(e.getKey(), CoverageReader.fromMetrics(e.getValue()));
        }
        if (reads) {
            Path reference = reference(c).orElse(null);
            for (SourceFile f : store.cases().sourceFiles(c.id())) {
                if (f.isAlignments() && f.sampleName() != null && !coverage.containsKey(f.sampleName())
                        && Files.isReadable(Path.of(f.path()))) {
                    coverage.put(f.sampleName(), CoverageReader.fromReads(Path.of(f.path()),
                            SourceFile.CRAM.equals(f.kind()) ? reference : null));
                }
            }
        }
        QcCalculator calc = new QcCalculator(c.samples(), c.build(), thresholds);
        long after = 0;
        VariantFilter all = VariantFilter.all();
        while (true) {
            List<Finding> page = store.findings().queryAfter(c.id(), all, after, PAGE);
            for (Finding f : page) {
                calc.accept(f);
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        QcResult r = calc.result(c.caseId(), clock.instant(), user, coverage);
        store.qc().save(c.id(), r);
        store.audit().append(user, new AuditEvent(r.identityFailed() ? "qc.identity-failed" : "qc.run", "case",
                c.caseId(), c.caseId(), null, AuditJson.of("identity_failed", r.identityFailed(), "problems",
                        r.problems().stream().map(p -> p.key() + ": " + p.message()).toList(), "thresholds",
                        r.thresholds())));
        return r;
    }

    /** The reference FASTA of a case: its own (demo) reference, else the one configured for its build. */
    public Optional<Path> reference(CaseSummary c) {
        for (SourceFile f : store.cases().sourceFiles(c.id())) {
            if (SourceFile.REFERENCE.equals(f.kind()) && Files.isReadable(Path.of(f.path()))) {
                return Optional.of(Path.of(f.path()));
            }
        }
        if (c.build() != null) {
            return store.references().find(c.build()).map(r -> r.fasta()).filter(Files::isReadable);
        }
        return Optional.empty();
    }

    /** Problems of the latest QC that no reviewer has acknowledged yet. */
    public List<QcProblem> open(CaseSummary c) {
        Optional<QcResult> r = store.qc().latest(c.id());
        if (r.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        store.qc().acknowledgements(c.id()).forEach(a -> done.add(a.problemKey()));
        List<QcProblem> out = new ArrayList<>();
        for (QcProblem p : r.get().problems()) {
            if (!done.contains(p.key())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Acknowledges a problem of the latest QC with a note (required), and audits it.
     *
     * @throws IllegalArgumentException when the note is blank or the latest QC has no such problem
     */
    public QcAcknowledgement acknowledge(CaseSummary c, String problemKey, String note, String user) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs a note saying why the case may go on");
        }
        QcProblem p = store.qc().latest(c.id()).flatMap(r -> r.problems().stream()
                .filter(x -> x.key().equals(problemKey)).findFirst()).orElseThrow(() -> new IllegalArgumentException(
                "the latest QC of case " + c.caseId() + " has no problem '" + problemKey + "'"));
        QcAcknowledgement a = new QcAcknowledgement(p.key(), user, clock.instant(), note.trim());
        store.qc().acknowledge(c.id(), a);
        store.audit().append(user, new AuditEvent("qc.acknowledge", "qc-problem", p.key(), c.caseId(), null,
                AuditJson.of("problem", p.key(), "message", p.message(), "note", a.note())));
        return a;
    }
}
