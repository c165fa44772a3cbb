package org.zenome.casefiles;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zenome.browser.VariantWindow;
import org.zenome.domain.Finding;
import org.zenome.domain.Region;
import org.zenome.domain.VariantFilter;
import org.zenome.store.FindingRepository;

/**
 * What the locus box (and {@code zenome snapshot --locus}) names: a region {@code chr:start-end} or a position
 * {@code chr:pos}; a finding of the case as the table labels it ({@code chr17:43094464 C>T}) or HGVS-like with
 * its gene ({@code BRCA1:c.68_69del}, {@code TP53 p.Arg175His}, {@code BRCA1 c.5266dupC}); anything else is
 * taken as a gene symbol, which igv.js looks up in the reference's gene annotation.
 */
public final class LocusResolver {
    /** Findings of one gene read to match an HGVS description. */
    static final int GENE_FINDINGS_LIMIT = 20_000;

    private static final Pattern REGION = Pattern.compile("^([\\w.|-]+):([\\d,]+)(?:-([\\d,]+))?$");
    private static final Pattern LABEL = Pattern.compile("^([\\w.|-]+):([\\d,]+)\\s+([A-Za-z*]+)\\s*>\\s*([A-Za-z*<>:\\[\\]\\d.,]+)$");
    private static final Pattern HGVS = Pattern.compile("^(?:([A-Za-z0-9_.-]+)(?:\\s*:\\s*|\\s+))?(?:([A-Za-z0-9_.]+):)?([cpgn]\\.\\S+)$");

    private final FindingRepository findings;
    private final long casePk;

    public LocusResolver(FindingRepository findings, long casePk) {
        this.findings = Objects.requireNonNull(findings, "findings");
        this.casePk = casePk;
    }

    /** Where to go. */
    public sealed interface Target permits Locus, Variant, Gene {
        /** What to hand igv.js's {@code goto}: a locus or a name to search. */
        String igvLocus();
    }

    /** A region or position, {@code chr:start-end}, as igv.js reads it. */
    public record Locus(String locus) implements Target {
        @Override
        public String igvLocus() {
            return locus;
        }
    }

    /** A finding of the case: show it in its window ({@link VariantWindow}) and select it. */
    public record Variant(Finding finding, String locus) implements Target {
        @Override
        public String igvLocus() {
            return locus;
        }
    }

    /** A gene symbol (or another name) for igv.js to find in the gene annotation. */
    public record Gene(String symbol) implements Target {
        @Override
        public String igvLocus() {
            return symbol;
        }
    }

    /**
     * The target the text names; empty for an HGVS description that matches no finding of the case (the caller
     * says so) or blank text. Reads the store (worker thread).
     */
    public Optional<Target> resolve(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(t);
        if (label.matches()) {
            int pos = Integer.parseInt(label.group(2).replace(",", ""));
            return byPosition(label.group(1), pos, label.group(3), label.group(4));
        }
        Matcher region = REGION.matcher(t);
        if (region.matches()) {
            String start = region.group(2).replace(",", "");
            String end = region.group(3) == null ? null : region.group(3).replace(",", "");
            return Optional.of(new Locus(region.group(1) + ":" + start + (end == null ? "" : "-" + end)));
        }
        Matcher hgvs = HGVS.matcher(t);
        if (hgvs.matches()) {
            String gene = hgvs.group(1);
            if (gene == null || gene.contains("_") && gene.matches("(?i)(NM|NR|XM|ENST|NP|ENSP)_?.*")) {
                return Optional.empty(); // a transcript alone does not say which gene's findings to read
            }
            return byHgvs(gene, hgvs.group(3));
        }
        if (t.matches("[A-Za-z0-9_.-]+")) {
            return Optional.of(new Gene(t));
        }
        return Optional.empty();
    }

    private Optional<Target> byPosition(String chrom, int pos, String ref, String alt) {
        List<Finding> at = findings.query(casePk, VariantFilter.all().withRegion(new Region(chrom, pos, pos)), 0, 200);
        for (Finding f : at) {
            if (f.pos() == pos && f.ref().equalsIgnoreCase(ref) && f.alt().equalsIgnoreCase(alt)) {
                return Optional.of(variant(f));
            }
        }
        // not a finding of the case: still a place to look at
        return Optional.of(new Locus(VariantWindow.locus(VariantWindow.around(chrom, pos, ref, alt, pos))));
    }

    private Optional<Target> byHgvs(String gene, String description) {
        String wanted = normalise(description);
        List<Finding> ofGene = findings.query(casePk, VariantFilter.all().withGenes(List.of(gene)), 0,
                GENE_FINDINGS_LIMIT);
        for (Finding f : ofGene) {
            if (matches(f.hgvsC(), wanted) || matches(f.hgvsP(), wanted)) {
                return Optional.of(variant(f));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String hgvs, String wanted) {
        if (hgvs == null || hgvs.isEmpty()) {
            return false;
        }
        String h = normalise(hgvs);
        return h.equals(wanted) || h.replace("(", "").replace(")", "").equals(wanted.replace("(", "").replace(")", ""));
    }

    /** Without the transcript or protein prefix ({@code ENST...:}, {@code NM_...:}), lower case. */
    static String normalise(String hgvs) {
        String h = hgvs.trim();
        int colon = h.lastIndexOf(':');
        if (colon >= 0) {
            h = h.substring(colon + 1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private static Variant variant(Finding f) {
        return new Variant(f, VariantWindow.locus(VariantWindow.around(f)));
    }
}
