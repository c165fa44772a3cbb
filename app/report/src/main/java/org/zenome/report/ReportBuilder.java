package org.zenome.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.SourceFile;
import org.zenome.domain.VariantFilter;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.Consent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.QualityMetric;
import org.zenome.report.model.ReportedFinding;
import org.zenome.store.CaseStore;

/** Gathers a report's content from the case store and the clinical records. */
public final class ReportBuilder {
    /** Unreviewed candidates listed in a draft when no interpretation is recorded. */
    static final int MAX_CANDIDATES = 50;

    private final CaseStore store;
    private final ClinicalRecordSource records;

    public ReportBuilder(CaseStore store, ClinicalRecordSource records) {
        this.store = store;
        this.records = records;
    }

    /** What to build: version, issue date, issuer, correction and edited free text. */
    public record Options(int version, boolean draft, LocalDate issueDate, Instant generatedAt, String issuer,
                          ReportContent.Correction correction, Map<String, String> freeText) {
        public Options {
            freeText = freeText == null ? Map.of() : Map.copyOf(freeText);
            issuer = issuer == null ? "" : issuer;
        }
    }

    /**
     * Whether the case is signed off: the panel record's current version carries a sign-off (an amended record is
     * not signed until it is signed again); without a panel record, the case status is signed off or reported.
     */
    public boolean signedOff(CaseSummary c) {
        var panel = records.panel(c);
        if (panel.isPresent()) {
            return panel.get().signedOff();
        }
        return c.status() == CaseStatus.SIGNED_OFF || c.status() == CaseStatus.REPORTED;
    }

    public ReportContent build(CaseSummary c, String template, ReportKind kind, ReportLanguage lang, Options o) {
        Interpretation interp = records.interpretation(c).orElse(null);
        PanelRecord panel = records.panel(c).orElse(null);
        Consent consent = records.consent(c).orElse(null);
        boolean consented = consent != null && consent.secondaryFindings();

        List<ReportedFinding> primary = new ArrayList<>();
        List<ReportedFinding> germline = new ArrayList<>();
        List<ReportedFinding> secondary = new ArrayList<>();
        boolean candidates = false;
        if (interp != null) {
            for (ReportedFinding f : interp.findings()) {
                switch (f.category()) {
                    case PRIMARY -> primary.add(f);
                    case PRESUMED_GERMLINE -> germline.add(f);
                    case SECONDARY -> {
                        if (consented) {
                            secondary.add(f);
                        }
                    }
                    default -> throw new IllegalStateException(f.category().toString());
                }
            }
        } else if (o.draft() && kind != ReportKind.SECONDARY_FINDINGS) {
            primary.addAll(clinvarCandidates(c));
            candidates = true;
        }
        // a secondary-finding gene the patient has not consented to never reaches a report, whichever source listed it
        for (List<ReportedFinding> section : List.of(primary, germline, secondary)) {
            section.removeIf(f -> !records.mayReport(c, f.gene()));
        }
        if (kind == ReportKind.CANCER || c.diseaseArea() == DiseaseArea.CANCER) {
            // actionable first: evidence level A..F, R, then unlevelled; the panel's order within a level
            primary.sort(java.util.Comparator.comparingInt(f -> f.evidenceLevel() == null ? 99
                    : f.evidenceLevel().ordinal()));
        }
        List<SourceFile> files = store.cases().sourceFiles(c.id());
        List<QualityMetric> quality = new ArrayList<>(records.quality(c));
        quality.addAll(SampleQcSection.metrics(store, c, lang));
        return new ReportContent(c, kind, template, lang, reportId(c, kind), o.version(), o.issueDate(),
                o.generatedAt(), o.draft(), o.correction(), o.issuer(), records.patient(c).orElse(null),
                records.specimens(c), files, interp == null ? List.of() : interp.annotationSources(), quality,
                primary, germline, secondary, consent, candidates, interp != null,
                interp == null ? null : interp.tmbPerMb(), interp == null ? "" : interp.tmbMethod(),
                interp == null ? List.of() : interp.phenotypes(), panel, o.freeText(),
                allPictures(c, kind, lang, primary, germline, secondary));
    }

    /** The genome-browser pictures of the reported findings, then the case's genome-wide pictures (sample QC, tumour). */
    private List<ReportContent.Picture> allPictures(CaseSummary c, ReportKind kind, ReportLanguage lang,
                                                    List<ReportedFinding> primary, List<ReportedFinding> germline,
                                                    List<ReportedFinding> secondary) {
        List<ReportContent.Picture> out = new ArrayList<>(pictures(c, primary, germline, secondary));
        if (kind == ReportKind.CANCER || kind == ReportKind.RARE_DISEASE) {
            out.addAll(SampleQcSection.pictures(store, c, kind == ReportKind.CANCER, lang));
        }
        return out;
    }

    /** At most this many genome-browser pictures go into a report. */
    static final int MAX_PICTURES = 6;

    /**
     * The PNG pictures saved with the case (genome browser, from the case view or {@code zenome snapshot}) that show a
     * reported finding, newest first per finding; none when the store keeps no pictures.
     */
    private List<ReportContent.Picture> pictures(CaseSummary c, List<ReportedFinding> primary,
                                                 List<ReportedFinding> germline, List<ReportedFinding> secondary) {
        List<org.zenome.domain.CaseSnapshot> snapshots;
        try {
            snapshots = new ArrayList<>(store.snapshots().list(c.id()));
        } catch (RuntimeException e) {
            return List.of();
        }
        java.util.Collections.reverse(snapshots);
        List<ReportContent.Picture> out = new ArrayList<>();
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (List<ReportedFinding> section : List.of(primary, germline, secondary)) {
            for (ReportedFinding f : section) {
                for (org.zenome.domain.CaseSnapshot s : snapshots) {
                    if (out.size() >= MAX_PICTURES) {
                        return out;
                    }
                    if ("PNG".equals(s.format()) && !used.contains(s.id()) && shows(s.locus(), f)) {
                        used.add(s.id());
                        String name = (f.gene() + " " + f.hgvsC() + (f.hgvsP().isEmpty() ? "" : " (" + f.hgvsP() + ")"))
                                .trim();
                        out.add(new ReportContent.Picture(s.locus(), name.isEmpty() ? f.location()
                                : name + " " + f.location(), s.content()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a picture's locus {@code chr:start-end} contains the finding ({@code chr} and {@code 1} alike). */
    static boolean shows(String locus, ReportedFinding f) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+):([0-9,]+)-([0-9,]+)").matcher(locus.trim());
        if (!m.matches() || f.chrom() == null) {
            return false;
        }
        String chrom = org.zenome.domain.Contigs.normalise(m.group(1));
        long start = Long.parseLong(m.group(2).replace(",", ""));
        long end = Long.parseLong(m.group(3).replace(",", ""));
        return chrom.equals(org.zenome.domain.Contigs.normalise(f.chrom())) && f.pos() >= start && f.pos() <= end;
    }

    /** {@code CASE-CA}: the same for every version and language of a case's report of a kind. */
    public static String reportId(CaseSummary c, ReportKind kind) {
        return c.caseId() + "-" + kind.abbreviation();
    }

    private List<ReportedFinding> clinvarCandidates(CaseSummary c) {
        VariantFilter f = new VariantFilter(null, null, null, null, null,
                Set.of(ClinicalSignificance.PATHOGENIC, ClinicalSignificance.LIKELY_PATHOGENIC), false, null, null,
                null, VariantFilter.SortKey.POSITION, false);
        List<ReportedFinding> out = new ArrayList<>();
        for (Finding x : store.findings().query(c.id(), f, 0, MAX_CANDIDATES)) {
            out.add(fromFinding(c, x, FindingCategory.PRIMARY, "ClinVar: " + x.clinvarSignificance()));
        }
        return out;
    }

    /** A report row for a stored finding, with the zygosity and VAF of the proband or tumour sample. */
    public static ReportedFinding fromFinding(CaseSummary c, Finding x, FindingCategory category, String comment) {
        Genotype g = keyGenotype(c, x);
        Double vaf = g == null || Double.isNaN(g.vaf()) ? null : g.vaf();
        return new ReportedFinding(x.id(), category, x.gene(), x.transcript(), x.hgvsC(), x.hgvsP(), x.chrom(),
                x.pos(), x.ref(), x.alt(), g == null ? null : g.zygosity(), vaf, null, List.of(), null, null,
                List.of(), "", "", comment, null, false);
    }

    private static Genotype keyGenotype(CaseSummary c, Finding x) {
        SampleRole want = c.diseaseArea() == DiseaseArea.CANCER ? SampleRole.TUMOUR : SampleRole.PROBAND;
        String name = null;
        for (Sample s : c.samples()) {
            if (s.role() == want) {
                name = s.name();
                break;
            }
        }
        for (Genotype g : x.genotypes()) {
            if (name == null || g.sample().equals(name)) {
                return g;
            }
        }
        return null;
    }
}
