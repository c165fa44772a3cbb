package org.zenome.demo;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One curated finding of the demo case: a variant described the way a clinical report describes it (gene, HGVS
 * c. and p., exon or intron), the genotypes it has in the case's samples, and its annotations (ClinVar, population
 * frequencies, in-silico scores). The generator turns it into genomic alleles that agree with the synthetic
 * reference, the exon layout and the protein change; a description that cannot be realised is a curation error and
 * fails the generation.
 */
final class FindingSpec {
    /** How the change is described. */
    enum Kind { SNV, DELETION, DUPLICATION, INSERTION, TANDEM_REPEAT, SV_DELETION }

    private static final Pattern SNV = Pattern.compile("c\\.([-*]?\\d+(?:[+-]\\d+)?)([ACGT])>([ACGT])");
    private static final Pattern DEL = Pattern.compile("c\\.([-*]?\\d+(?:[+-]\\d+)?)(?:_([-*]?\\d+(?:[+-]\\d+)?))?del");
    private static final Pattern DUP = Pattern.compile("c\\.([-*]?\\d+(?:[+-]\\d+)?)(?:_([-*]?\\d+(?:[+-]\\d+)?))?dup");
    private static final Pattern INS = Pattern.compile("c\\.(\\d+)_(\\d+)ins([ACGT]+)");

    final String key;
    final String category;
    final String gene;
    final Kind kind;
    final String hgvsC;
    final String hgvsP;
    final int number;
    final Integer genomic;
    final HgvsPosition first;
    final HgvsPosition last;
    final char refBase;
    final char altBase;
    final String inserted;
    final HgvsPosition contextStart;
    final String context;
    final String repeatUnit;
    final int repeatRefCount;
    final List<Integer> repeatAltCounts;
    final List<String> repeatAltClinSig;
    final int svLength;
    final List<String> genotypes;
    final double[] alleleFractions;
    final double depthScale;
    final String clnsig;
    final String clnrevstat;
    final String clndn;
    final Double gnomad;
    final Double gnomadEas;
    final Double tommo;
    final Double[] secondAlleleAf;
    final Double cadd;
    final Double revel;
    final Double spliceAi;
    final String rsId;
    final String note;

    private FindingSpec(Builder b) {
        key = Objects.requireNonNull(b.key, "key");
        category = Objects.requireNonNull(b.category, "category");
        gene = Objects.requireNonNull(b.gene, "gene");
        hgvsC = b.hgvsC;
        hgvsP = b.hgvsP;
        number = b.number;
        genomic = b.genomic;
        contextStart = b.contextStart == null ? null : HgvsPosition.parse(b.contextStart);
        context = b.context;
        genotypes = List.copyOf(b.genotypes);
        alleleFractions = b.alleleFractions;
        depthScale = b.depthScale;
        clnsig = b.clnsig;
        clnrevstat = b.clnrevstat;
        clndn = b.clndn;
        gnomad = b.gnomad;
        gnomadEas = b.gnomadEas;
        tommo = b.tommo;
        secondAlleleAf = b.secondAlleleAf;
        cadd = b.cadd;
        revel = b.revel;
        spliceAi = b.spliceAi;
        rsId = b.rsId;
        note = b.note == null ? "" : b.note;
        repeatUnit = b.repeatUnit;
        repeatRefCount = b.repeatRefCount;
        repeatAltCounts = b.repeatAltCounts == null ? List.of() : List.copyOf(b.repeatAltCounts);
        repeatAltClinSig = b.repeatAltClinSig == null ? List.of() : List.copyOf(b.repeatAltClinSig);
        svLength = b.svLength;
        Matcher m;
        if (b.svLength > 0) {
            kind = Kind.SV_DELETION;
            first = last = null;
            refBase = altBase = 0;
            inserted = null;
        } else if (repeatUnit != null) {
            kind = Kind.TANDEM_REPEAT;
            first = last = HgvsPosition.parse(b.repeatStart);
            refBase = altBase = 0;
            inserted = null;
        } else if ((m = SNV.matcher(hgvsC)).matches()) {
            kind = Kind.SNV;
            first = last = HgvsPosition.parse(m.group(1));
            refBase = m.group(2).charAt(0);
            altBase = m.group(3).charAt(0);
            inserted = null;
        } else if ((m = DEL.matcher(hgvsC)).matches()) {
            kind = Kind.DELETION;
            first = HgvsPosition.parse(m.group(1));
            last = m.group(2) == null ? first : HgvsPosition.parse(m.group(2));
            refBase = altBase = 0;
            inserted = null;
        } else if ((m = DUP.matcher(hgvsC)).matches()) {
            kind = Kind.DUPLICATION;
            first = HgvsPosition.parse(m.group(1));
            last = m.group(2) == null ? first : HgvsPosition.parse(m.group(2));
            refBase = altBase = 0;
            inserted = null;
        } else if ((m = INS.matcher(hgvsC)).matches()) {
            kind = Kind.INSERTION;
            first = HgvsPosition.parse(m.group(1));
            last = HgvsPosition.parse(m.group(2));
            refBase = altBase = 0;
            inserted = m.group(3);
        } else {
            throw new IllegalArgumentException(key + ": unsupported HGVS " + hgvsC);
        }
    }

    /**
     * The anchors the exon layout must honour: the first changed base (at its GRCh38 position when known), and the
     * last changed base and any forced coding context, which must lie in the same exon.
     */
    List<TranscriptModel.Anchor> anchors() {
        if (first == null) {
            return List.of();
        }
        List<TranscriptModel.Anchor> out = new java.util.ArrayList<>();
        out.add(new TranscriptModel.Anchor(first, number, genomic));
        if (first.offset() == 0 && last.offset() == 0 && !last.equals(first)) {
            out.add(new TranscriptModel.Anchor(last, number, null));
        }
        if (context != null && contextStart.offset() == 0 && first.offset() == 0) {
            out.add(new TranscriptModel.Anchor(contextStart, number, null));
            HgvsPosition end = new HgvsPosition(contextStart.region(), contextStart.number() + context.length() - 1, 0);
            out.add(new TranscriptModel.Anchor(end, number, null));
        }
        return out;
    }

    static Builder of(String key, String category, String gene) {
        return new Builder(key, category, gene);
    }

    @Override
    public String toString() {
        return key;
    }

    /** Fluent construction of a curated finding. */
    static final class Builder {
        private final String key;
        private final String category;
        private final String gene;
        private String hgvsC;
        private String hgvsP;
        private int number;
        private Integer genomic;
        private String contextStart;
        private String context;
        private List<String> genotypes = List.of();
        private double[] alleleFractions;
        private double depthScale = 1.0;
        private String clnsig;
        private String clnrevstat;
        private String clndn;
        private Double gnomad;
        private Double gnomadEas;
        private Double tommo;
        private Double[] secondAlleleAf;
        private Double cadd;
        private Double revel;
        private Double spliceAi;
        private String rsId;
        private String note;
        private String repeatUnit;
        private String repeatStart;
        private int repeatRefCount;
        private List<Integer> repeatAltCounts;
        private List<String> repeatAltClinSig;
        private int svLength;

        private Builder(String key, String category, String gene) {
            this.key = key;
            this.category = category;
            this.gene = gene;
        }

        /** The change in HGVS c. notation and the protein change it must produce (null when non-coding). */
        Builder hgvs(String c, String p) {
            this.hgvsC = c;
            this.hgvsP = p;
            return this;
        }

        Builder exon(int n) {
            this.number = n;
            return this;
        }

        Builder intron(int n) {
            this.number = n;
            return this;
        }

        /** The known GRCh38 position of the first changed base (the exon layout is placed to match). */
        Builder at(int grch38) {
            this.genomic = grch38;
            return this;
        }

        /** Coding-strand bases forced into the reference from {@code cStart}, to realise a protein change. */
        Builder context(String cStart, String bases) {
            this.contextStart = cStart;
            this.context = bases;
            return this;
        }

        /** A tandem repeat {@code unit[refCount]} starting at {@code cStart}, with alleles of other lengths. */
        Builder repeat(String cStart, int intron, String unit, int refCount, List<Integer> altCounts,
                       List<String> altClinSig) {
            this.repeatStart = cStart;
            this.number = intron;
            this.repeatUnit = unit;
            this.repeatRefCount = refCount;
            this.repeatAltCounts = altCounts;
            this.repeatAltClinSig = altClinSig;
            this.hgvsC = "c." + cStart + unit + "[" + refCount + "]";
            return this;
        }

        /** A symbolic deletion of {@code length} bases starting at {@code grch38} + 1. */
        Builder svDeletion(int grch38, int length) {
            this.genomic = grch38;
            this.svLength = length;
            return this;
        }

        /** Genotypes in the VCF's sample order, e.g. "0/1", "1" (haploid), "1/2". */
        Builder gt(String... gts) {
            this.genotypes = List.of(gts);
            return this;
        }

        /** Fraction of reads carrying the first ALT per sample (somatic VAF, artefacts); overrides the genotype. */
        Builder fractions(double... f) {
            this.alleleFractions = f;
            return this;
        }

        Builder depth(double scale) {
            this.depthScale = scale;
            return this;
        }

        Builder clinvar(String sig, String revstat, String disease) {
            this.clnsig = sig;
            this.clnrevstat = revstat;
            this.clndn = disease;
            return this;
        }

        /** gnomAD genomes AF, its East Asian AF and the ToMMo (Japanese) AF; null when absent. */
        Builder af(Double all, Double eas, Double jpn) {
            this.gnomad = all;
            this.gnomadEas = eas;
            this.tommo = jpn;
            return this;
        }

        /** Frequencies of the second ALT of a multi-allelic finding. */
        Builder secondAlleleAf(Double all, Double eas, Double jpn) {
            this.secondAlleleAf = new Double[] {all, eas, jpn};
            return this;
        }

        Builder scores(Double caddPhred, Double revelScore, Double spliceAiMax) {
            this.cadd = caddPhred;
            this.revel = revelScore;
            this.spliceAi = spliceAiMax;
            return this;
        }

        Builder rs(String id) {
            this.rsId = id;
            return this;
        }

        Builder note(String text) {
            this.note = text;
            return this;
        }

        FindingSpec build() {
            return new FindingSpec(this);
        }
    }
}
