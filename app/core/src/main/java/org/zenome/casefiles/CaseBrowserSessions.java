package org.zenome.casefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.GenomicFileType;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ReferenceGenomeFiles;
import org.zenome.domain.Sample;
import org.zenome.domain.SourceFile;
import org.zenome.store.CaseStore;

/**
 * What the genome browser shows for a case, from the case store: the case's own reference if it has one (the
 * demo), else the reference configured for its build; the case's variants (the store's bgzipped copy with its
 * tabix index, or the imported plain VCF); one alignment track per sample with reads. Runs on the worker
 * (reads the store and the files' headers; may build the tabix index once).
 */
public final class CaseBrowserSessions {
    /** The label of the case's variant track. */
    public static final String VARIANTS_TRACK = "Variants";

    private final CaseStore store;

    public CaseBrowserSessions(CaseStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A case's browser session.
     *
     * @param session        what to show
     * @param missingContigs contigs of the case's findings that the reference lacks (some, not all)
     * @param unavailable    files of the case that can no longer be read (moved reads, for instance); their
     *                       tracks are left out
     */
    public record Setup(BrowserSession session, List<String> missingContigs, List<BrowserFileException> unavailable) {
        public Setup {
            missingContigs = List.copyOf(missingContigs);
            unavailable = List.copyOf(unavailable);
        }
    }

    public Setup forCase(CaseSummary kase) throws BrowserSetupException, BrowserFileException, IOException {
        if (kase.build() == null) {
            throw new BrowserSetupException(BrowserSetupException.Problem.NO_BUILD,
                    "case " + kase.caseId() + " has no genome build");
        }
        List<SourceFile> files = store.cases().sourceFiles(kase.id());
        ReferenceGenome ref = ReferenceGenomes.toBrowser(referenceOf(kase, files));
        List<String> caseContigs = store.findings().contigs(kase.id());
        List<String> missing = ReferenceGenomes.missing(caseContigs, ReferenceGenomes.contigs(ref));
        if (!caseContigs.isEmpty() && missing.size() == caseContigs.size()) {
            String shown = String.join(", ", caseContigs.subList(0, Math.min(5, caseContigs.size())))
                    + (caseContigs.size() > 5 ? ", ..." : "");
            throw new BrowserSetupException(BrowserSetupException.Problem.CONTIGS_DO_NOT_MATCH, "the contigs of case "
                    + kase.caseId() + " (" + shown + ") are not in the " + kase.build() + " reference " + ref.fasta(),
                    kase.build().name(), shown, ref.fasta().toString());
        }
        List<TrackSpec> tracks = new ArrayList<>();
        List<BrowserFileException> unavailable = new ArrayList<>();
        variants(kase, files).ifPresent(tracks::add);
        for (Sample s : kase.samples()) {
            for (SourceFile f : files) {
                if (f.isAlignments() && s.name().equals(f.sampleName())) {
                    try {
                        tracks.add(CramCompatibility.forBrowser(TrackSpec.alignments(alignmentTrackName(s),
                                Path.of(f.path())), ref.fasta()));
                    } catch (BrowserFileException e) {
                        unavailable.add(e);
                    }
                }
            }
            for (SourceFile f : files) {
                if (SourceFile.COVERAGE.equals(f.kind()) && s.name().equals(f.sampleName())) {
                    try {
                        tracks.add(TrackSpec.coverage(alignmentTrackName(s) + " coverage", Path.of(f.path())));
                    } catch (BrowserFileException e) {
                        unavailable.add(e);
                    }
                }
            }
        }
        return new Setup(BrowserSession.of(ref, tracks), missing, unavailable);
    }

    /** The label of a sample's reads: its name and role ({@code DEMO-PROBAND (proband)}). */
    public static String alignmentTrackName(Sample s) {
        return s.name() + " (" + s.role().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The case's own reference (with its genes) when the import gave one, else the build's. */
    ReferenceGenomeFiles referenceOf(CaseSummary kase, List<SourceFile> files) throws BrowserSetupException {
        Path own = null;
        Path genes = null;
        for (SourceFile f : files) {
            if (SourceFile.REFERENCE.equals(f.kind())) {
                own = Path.of(f.path());
            } else if (SourceFile.ANNOTATION.equals(f.kind())) {
                genes = Path.of(f.path());
            }
        }
        if (own != null) {
            return new ReferenceGenomeFiles(kase.build(), own, genes, null, null);
        }
        return store.references().find(kase.build()).orElseThrow(() -> new BrowserSetupException(
                BrowserSetupException.Problem.NO_REFERENCE, "no reference genome is set for " + kase.build()
                + "; set one with: zenome reference set --build " + kase.build() + " --fasta FILE",
                kase.build().name()));
    }

    private Optional<TrackSpec> variants(CaseSummary kase, List<SourceFile> files) throws IOException {
        Optional<Path> copy = store.cases().variantFile(kase.id());
        if (copy.isPresent()) {
            VariantIndexes.ensureIndex(copy.get());
            return Optional.of(TrackSpec.variants(VARIANTS_TRACK, copy.get()));
        }
        for (SourceFile f : files) {
            Path p = Path.of(f.path());
            if ("VCF".equals(f.kind()) && GenomicFileType.of(p) == GenomicFileType.VCF && Files.isReadable(p)) {
                return Optional.of(TrackSpec.variants(VARIANTS_TRACK, p)); // a plain VCF, read whole
            }
        }
        return Optional.empty();
    }
}
