package org.zenome.annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;
import org.zenome.store.CaseStore;

/**
 * Annotates the findings of a case from one source file with one plugin, and records the source (name, version,
 * SHA-256) and what it said about each finding on the case, in one transaction: a failure stores nothing.
 */
public final class AnnotationService {
    private static final int PAGE = 5_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnnotationService.class);

    /**
     * How a case's variants are matched with a source's records: with the case's reference FASTA (its own, else
     * the one set for its build, as the genome browser and the spectrum plot use, else {@code reference.BUILD} of
     * the administrator's {@code zenome.properties}), indels of both sides are
     * left-aligned; without one they are only trimmed, and a source that is not left-aligned can miss indels in
     * repeats.
     *
     * @param fasta the reference FASTA, or null when there is none
     * @param note  one line saying which, for the command's output and the log
     */
    public record Matching(Path fasta, String note) {
        public boolean leftAligns() {
            return fasta != null;
        }
    }

    private final CaseStore store;
    private final Actor actor;
    private final Clock clock;

    public AnnotationService(CaseStore store, Actor actor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How the case's variants will be matched (whether a reference FASTA is available to left-align indels). */
    public Matching matching(long casePk) {
        org.zenome.domain.CaseSummary kase = store.cases().list().stream().filter(c -> c.id() == casePk).findFirst()
                .orElse(null);
        if (kase == null) {
            return new Matching(null, "indels matched as written (trimmed, not left-aligned): no such case");
        }
        Optional<Path> fasta = new org.zenome.qc.QcService(store, clock).reference(kase);
        if (fasta.isEmpty() && kase.build() != null) { // the installation's, from the administrator's file
            fasta = Optional.ofNullable(org.zenome.config.AdminConfig.load().references().get(kase.build()))
                    .filter(java.nio.file.Files::isReadable);
        }
        if (fasta.isPresent() && java.nio.file.Files.isReadable(fasta.get().resolveSibling(
                fasta.get().getFileName() + ".fai"))) {
            return new Matching(fasta.get(), "indels left-aligned against " + fasta.get());
        }
        String build = kase.build() == null ? "the case's build" : kase.build().name();
        return new Matching(null, fasta.map(p -> "indels matched as written (trimmed, not left-aligned): the "
                + "reference FASTA " + p + " has no .fai index").orElse("indels matched as written (trimmed, not "
                + "left-aligned): no reference FASTA for " + build + "; set one with zenome reference set --build "
                + build + " --fasta FILE"));
    }

    /**
     * Annotates the case's findings that pass {@code filter} (all findings with {@link VariantFilter#all()}),
     * left-aligning indels when the case has a reference FASTA ({@link #matching}; logged once).
     *
     * @param displayName the source's name, or null to take it from the file
     * @param progress    called with the number of findings looked up so far (may be null)
     * @throws IOException naming the file when it cannot be read
     */
    public AnnotationSourceRecord annotate(long casePk, AnnotationSourceProvider provider, Path file,
                                           String displayName, VariantFilter filter, LongConsumer progress)
            throws IOException {
        Matching m = matching(casePk);
        LOG.info("{}: {}", file.getFileName(), m.note());
        return annotate(casePk, provider, file, displayName, filter, progress, m);
    }

    /** As {@link #annotate(long, AnnotationSourceProvider, Path, String, VariantFilter, LongConsumer)}, matching as given. */
    public AnnotationSourceRecord annotate(long casePk, AnnotationSourceProvider provider, Path file,
                                           String displayName, VariantFilter filter, LongConsumer progress,
                                           Matching matching) throws IOException {
        org.zenome.plugin.IndexedFastaReference reference = null;
        if (matching != null && matching.leftAligns()) {
            reference = org.zenome.plugin.IndexedFastaReference.open(matching.fasta());
        }
        try {
            return annotate(casePk, provider, file, displayName, filter, progress, reference);
        } finally {
            if (reference != null) {
                reference.close();
            }
        }
    }

    private AnnotationSourceRecord annotate(long casePk, AnnotationSourceProvider provider, Path file,
                                            String displayName, VariantFilter filter, LongConsumer progress,
                                            org.zenome.plugin.ReferenceBases reference) throws IOException {
        VariantFilter f = (filter == null ? VariantFilter.all() : filter).sortedBy(VariantFilter.SortKey.POSITION,
                false);
        AnnotationSourceRecord started = null;
        try (AnnotationSource source = provider.open(file, displayName, reference)) {
            SourceInfo info = source.info();
            checkBuild(casePk, file, info);
            if (source.caseVariants() >= 0) {
                return annotateFromCaseFile(casePk, provider, file, f, source, progress);
            }
            started = store.interpretation().startAnnotations(new AnnotationSourceRecord(0, casePk, provider.id(),
                    provider.version(), info.name(), info.version(), info.path(), info.size(), info.sha256(),
                    info.build(), 0, 0, actor.name(), clock.instant()));
            long sourceId = started.id();
            List<FindingAnnotation> batch = new ArrayList<>(PAGE);
            long[] found = new long[1];
            long looked = lookUpAll(casePk, f, source, progress, new MatchSink() {
                @Override
                public void match(long findingId, Annotation a) {
                    batch.add(new FindingAnnotation(findingId, sourceId, info.name(), a.kind(), a.fields()));
                    found[0]++;
                }

                @Override
                public void pageDone(boolean last) {
                    if (batch.size() >= PAGE || last) {
                        store.interpretation().addAnnotations(sourceId, batch);
                        batch.clear();
                    }
                }
            });
            AnnotationSourceRecord done = store.interpretation().completeAnnotations(started.id(), looked, found[0]);
            started = null;
            return done;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8 text (convert Shift_JIS or Latin-1 text, e.g. with iconv)",
                    e);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + provider.id() + " plugin failed: " + e, e);
        } finally {
            if (started != null) {
                store.interpretation().discardAnnotations(started.id());
            }
        }
    }

    /** Where {@link #lookUpAll} hands the matches, and the end of each page of findings. */
    private interface MatchSink {
        void match(long findingId, Annotation annotation);

        default void pageDone(boolean last) {
        }
    }

    /**
     * Pages through the case's findings in {@code f}'s order and looks each small variant up in {@code source},
     * handing the matches to {@code sink}; returns how many findings were looked at.
     */
    private long lookUpAll(long casePk, VariantFilter f, AnnotationSource source, LongConsumer progress,
                           MatchSink sink) throws IOException {
        long looked = 0;
        long after = 0;
        while (true) {
            List<Finding> page = store.findings().queryAfter(casePk, f, after, PAGE);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
            for (Finding finding : page) {
                looked++;
                if (finding.ref() == null || finding.alt() == null || finding.alt().startsWith("<")) {
                    continue;
                }
                Optional<Annotation> a = source.lookup(new VariantKey(finding.chrom(), finding.pos(), finding.ref(),
                        finding.alt()));
                if (a.isPresent()) {
                    sink.match(finding.id(), a.get());
                }
            }
            sink.pageDone(page.size() < PAGE);
            if (progress != null) {
                progress.accept(looked);
            }
            if (page.size() < PAGE) {
                return looked;
            }
        }
    }

    /**
     * A file computed from the case's own variants (an Exomiser analysis; {@link AnnotationSource#caseVariants()})
     * lists at most as many variants as it says, so its matches are collected before anything is written: when the
     * file lists variants and none is a variant of the case, it is of another case or another genome build, and it
     * is refused with the store untouched. (A file that lists no variant is recorded: the analysis found nothing.)
     */
    private AnnotationSourceRecord annotateFromCaseFile(long casePk, AnnotationSourceProvider provider, Path file,
                                                        VariantFilter f, AnnotationSource source,
                                                        LongConsumer progress) throws IOException {
        SourceInfo info = source.info();
        List<Long> matchedFindings = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        long looked = lookUpAll(casePk, f, source, progress, (findingId, a) -> {
            matchedFindings.add(findingId);
            annotations.add(a);
        });
        if (source.caseVariants() > 0 && looked > 0 && annotations.isEmpty()) {
            org.zenome.domain.CaseSummary kase = store.cases().list().stream().filter(c -> c.id() == casePk)
                    .findFirst().orElse(null);
            String caseId = kase == null ? "" : " " + kase.caseId();
            String build = kase == null || kase.build() == null ? "" : " (the case is " + kase.build().name() + ")";
            throw new IOException(file + ": " + (source.caseVariants() == 1 ? "its only variant is not"
                    : "none of its " + source.caseVariants() + " variants is") + " a variant of case" + caseId
                    + ": the results of another case, or of another genome build" + build + "? Nothing was changed.");
        }
        AnnotationSourceRecord started = store.interpretation().startAnnotations(new AnnotationSourceRecord(0, casePk,
                provider.id(), provider.version(), info.name(), info.version(), info.path(), info.size(),
                info.sha256(), info.build(), 0, 0, actor.name(), clock.instant()));
        try {
            List<FindingAnnotation> batch = new ArrayList<>(Math.min(PAGE, annotations.size()));
            for (int i = 0; i < annotations.size(); i++) {
                Annotation a = annotations.get(i);
                batch.add(new FindingAnnotation(matchedFindings.get(i), started.id(), info.name(), a.kind(),
                        a.fields()));
                if (batch.size() >= PAGE) {
                    store.interpretation().addAnnotations(started.id(), batch);
                    batch.clear();
                }
            }
            store.interpretation().addAnnotations(started.id(), batch);
            AnnotationSourceRecord done = store.interpretation().completeAnnotations(started.id(), looked,
                    annotations.size());
            started = null;
            return done;
        } finally {
            if (started != null) {
                store.interpretation().discardAnnotations(started.id());
            }
        }
    }

    /**
     * A source of another genome build than the case's would match nothing, or the wrong variants: refused, naming
     * both builds (a source whose build cannot be read is used as it is).
     */
    private void checkBuild(long casePk, Path file, SourceInfo info) throws IOException {
        String sourceBuild = canonicalBuild(info.build());
        if (sourceBuild == null) {
            return;
        }
        org.zenome.domain.CaseSummary kase = store.cases().list().stream().filter(c -> c.id() == casePk).findFirst()
                .orElse(null);
        if (kase == null || kase.build() == null) {
            return;
        }
        if (!sourceBuild.equals(kase.build().name())) {
            throw new IOException(file + ": the file is " + sourceBuild + " but case " + kase.caseId() + " is "
                    + kase.build().name() + "; use a source of the case's build");
        }
    }

    private static String canonicalBuild(String build) {
        if (build == null || build.isBlank()) {
            return null;
        }
        String b = build.strip().toLowerCase(java.util.Locale.ROOT);
        if (b.contains("grch37") || b.equals("hg19") || b.equals("b37") || b.equals("hs37d5")) {
            return "GRCh37";
        }
        if (b.contains("grch38") || b.equals("hg38")) {
            return "GRCh38";
        }
        return null;
    }
}
