package org.zenome.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns curated findings into reference bases and VCF alleles: forces the codon (or the context) a description
 * needs into the synthetic reference, keeps indels at their 3'-most HGVS position, and left-normalises the VCF
 * alleles.
 */
final class FindingResolver {
    private static final Pattern PROTEIN = Pattern.compile("p\\.([A-Z][a-z]{2})(\\d+)([A-Z][a-z]{2}|=)");

    private final Map<String, TranscriptModel> models;
    private final SyntheticReference ref;
    private final Random rng;

    FindingResolver(Map<String, TranscriptModel> models, SyntheticReference ref, Random rng) {
        this.models = models;
        this.ref = ref;
        this.rng = rng;
    }

    private TranscriptModel model(FindingSpec f) {
        TranscriptModel m = models.get(f.gene);
        if (m == null) {
            throw new IllegalStateException(f + ": no model for " + f.gene);
        }
        return m;
    }

    /** Genomic [start, end] a finding touches, before the reference exists (for windows and read loci). */
    static int[] locus(FindingSpec f, TranscriptModel m) {
        if (f.kind == FindingSpec.Kind.SV_DELETION) {
            return new int[] {f.genomic, f.genomic + f.svLength};
        }
        int a = m.genomic(f.first);
        int b = m.genomic(f.last);
        if (f.kind == FindingSpec.Kind.TANDEM_REPEAT) {
            b = a + m.gene().strand() * (f.repeatRefCount * f.repeatUnit.length());
        }
        return new int[] {Math.min(a, b) - 1, Math.max(a, b) + 1};
    }

    /** Genomic positions outside the locus that the description forces (codon or context bases in another exon). */
    static List<Integer> forcedPositions(FindingSpec f, TranscriptModel m) {
        List<Integer> out = new ArrayList<>();
        if (f.kind == FindingSpec.Kind.SNV && f.first.region() == HgvsPosition.Region.CDS && f.first.offset() == 0) {
            int c = f.first.number();
            int t0 = m.utr5() + c - (c - 1) % 3;
            for (int k = 0; k < 3; k++) {
                out.add(m.genomic(t0 + k));
            }
        }
        if (f.context != null && f.contextStart.offset() == 0) {
            int t0 = f.contextStart.transcriptPosition(m.utr5(), m.cdsLength());
            for (int i = 0; i < f.context.length(); i++) {
                out.add(m.genomic(t0 + i));
            }
        }
        return out;
    }

    private char genomicBase(TranscriptModel m, char coding) {
        return m.plusStrand() ? coding : Dna.complement(coding);
    }

    /** Forces the bases the description depends on. */
    void force(FindingSpec f) {
        TranscriptModel m = model(f);
        String chrom = m.gene().chrom();
        if (f.context != null) {
            HgvsPosition s = f.contextStart;
            for (int i = 0; i < f.context.length(); i++) {
                int g = s.offset() == 0 ? m.genomic(s.transcriptPosition(m.utr5(), m.cdsLength()) + i)
                        : m.genomic(s) + i * m.gene().strand();
                ref.force(chrom, g, genomicBase(m, f.context.charAt(i)), f + " context");
            }
        }
        switch (f.kind) {
            case SNV:
                forceSnv(f, m);
                break;
            case TANDEM_REPEAT: {
                int g0 = m.genomic(f.first);
                int len = f.repeatRefCount * f.repeatUnit.length();
                int strand = m.gene().strand();
                for (int i = 0; i < len; i++) {
                    ref.force(chrom, g0 + i * strand, genomicBase(m, f.repeatUnit.charAt(i % f.repeatUnit.length())),
                            f + " repeat");
                }
                char last = f.repeatUnit.charAt(f.repeatUnit.length() - 1);
                char first = f.repeatUnit.charAt(0);
                ref.force(chrom, g0 - strand, genomicBase(m, last == 'G' ? 'A' : 'G'), f + " repeat flank");
                ref.force(chrom, g0 + len * strand, genomicBase(m, first == 'A' ? 'C' : 'A'), f + " repeat flank");
                break;
            }
            default:
                break;
        }
    }

    private void forceSnv(FindingSpec f, TranscriptModel m) {
        String chrom = m.gene().chrom();
        int g = m.genomic(f.first);
        boolean coding = f.first.region() == HgvsPosition.Region.CDS && f.first.offset() == 0;
        if (!coding) {
            ref.force(chrom, g, genomicBase(m, f.refBase), f.toString());
            return;
        }
        Matcher p = PROTEIN.matcher(f.hgvsP == null ? "" : f.hgvsP);
        if (!p.matches()) {
            throw new IllegalStateException(f + ": a coding SNV needs an HGVS p. like p.Arg946Cys");
        }
        char refAa = Dna.oneLetter(p.group(1));
        char altAa = p.group(3).equals("=") ? refAa : Dna.oneLetter(p.group(3));
        int c = f.first.number();
        int codonNumber = (c - 1) / 3 + 1;
        if (Integer.parseInt(p.group(2)) != codonNumber) {
            throw new IllegalStateException(f + ": " + f.hgvsC + " is in codon " + codonNumber + ", not " + p.group(2));
        }
        int phase = (c - 1) % 3;
        int t0 = m.utr5() + c - phase;
        int[] gs = {m.genomic(t0), m.genomic(t0 + 1), m.genomic(t0 + 2)};
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String codon = "" + Dna.BASES.charAt(i / 16) + Dna.BASES.charAt(i / 4 % 4) + Dna.BASES.charAt(i % 4);
            if (codon.charAt(phase) != f.refBase || Dna.translate(codon) != refAa) {
                continue;
            }
            StringBuilder mut = new StringBuilder(codon);
            mut.setCharAt(phase, f.altBase);
            if (Dna.translate(mut) != altAa) {
                continue;
            }
            boolean fits = true;
            for (int k = 0; k < 3; k++) {
                if (ref.isForced(chrom, gs[k]) && ref.base(chrom, gs[k]) != genomicBase(m, codon.charAt(k))) {
                    fits = false;
                }
            }
            if (fits) {
                candidates.add(codon);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException(f + ": no codon turns " + refAa + " into " + altAa + " by " + f.hgvsC);
        }
        String codon = candidates.get(rng.nextInt(candidates.size()));
        for (int k = 0; k < 3; k++) {
            ref.force(chrom, gs[k], genomicBase(m, codon.charAt(k)), f + " codon");
        }
    }

    /**
     * Keeps a deletion, duplication or insertion at the position its HGVS names: the base 3' of it (in transcript
     * direction) must differ, so that the description cannot shift.
     */
    void pin3Prime(FindingSpec f) {
        if (f.kind != FindingSpec.Kind.DELETION && f.kind != FindingSpec.Kind.DUPLICATION
                && f.kind != FindingSpec.Kind.INSERTION) {
            return;
        }
        TranscriptModel m = model(f);
        String chrom = m.gene().chrom();
        int blocker;
        char mustDiffer;
        if (f.kind == FindingSpec.Kind.INSERTION) {
            String s = m.plusStrand() ? f.inserted : Dna.reverseComplement(f.inserted);
            if (m.plusStrand()) {
                blocker = m.genomic(f.first) + 1;
                mustDiffer = s.charAt(0);
            } else {
                blocker = m.genomic(f.last);
                mustDiffer = s.charAt(s.length() - 1);
            }
        } else {
            int a = m.genomic(f.first);
            int b = m.genomic(f.last);
            int l = Math.min(a, b);
            int r = Math.max(a, b);
            if (m.plusStrand()) {
                blocker = r + 1;
                mustDiffer = ref.base(chrom, l);
            } else {
                blocker = l - 1;
                mustDiffer = ref.base(chrom, r);
            }
        }
        char current = ref.base(chrom, blocker);
        if (current != mustDiffer) {
            ref.force(chrom, blocker, current, f + " 3' boundary");
            return;
        }
        if (ref.isForced(chrom, blocker)) {
            throw new IllegalStateException(f + ": its 3' neighbour is forced to the shifted base");
        }
        char replacement = Dna.otherBase(rng, mustDiffer);
        ref.force(chrom, blocker, replacement, f + " 3' boundary");
    }

    /** The VCF record of a finding (alleles only), from the final reference. */
    DemoVariant resolve(FindingSpec f) {
        TranscriptModel m = model(f);
        String chrom = m.gene().chrom();
        switch (f.kind) {
            case SNV: {
                int g = m.genomic(f.first);
                char r = ref.base(chrom, g);
                if (r != genomicBase(m, f.refBase)) {
                    throw new IllegalStateException(f + ": reference base is " + r);
                }
                return new DemoVariant(chrom, g, String.valueOf(r), List.of(String.valueOf(genomicBase(m, f.altBase))),
                        null, f);
            }
            case DELETION: {
                int a = m.genomic(f.first);
                int b = m.genomic(f.last);
                return deletion(chrom, Math.min(a, b), Math.max(a, b), f);
            }
            case DUPLICATION: {
                int a = m.genomic(f.first);
                int b = m.genomic(f.last);
                int l = Math.min(a, b);
                int r = Math.max(a, b);
                return insertion(chrom, l - 1, ref.bases(chrom, l, r), f);
            }
            case INSERTION: {
                String s = m.plusStrand() ? f.inserted : Dna.reverseComplement(f.inserted);
                int p = m.plusStrand() ? m.genomic(f.first) : m.genomic(f.last);
                return insertion(chrom, p, s, f);
            }
            case TANDEM_REPEAT:
                return repeat(f, m);
            case SV_DELETION:
                return new DemoVariant(chrom, f.genomic, String.valueOf(ref.base(chrom, f.genomic)), List.of("<DEL>"),
                        f.genomic + f.svLength, f);
            default:
                throw new IllegalStateException("unreachable");
        }
    }

    /** A left-normalised deletion of [l, r]. */
    DemoVariant deletion(String chrom, int l, int r, FindingSpec f) {
        while (ref.base(chrom, l - 1) == ref.base(chrom, r)) {
            l--;
            r--;
        }
        return new DemoVariant(chrom, l - 1, ref.bases(chrom, l - 1, r), List.of(String.valueOf(ref.base(chrom,
                l - 1))), null, f);
    }

    /** A left-normalised insertion of {@code s} after position {@code p}. */
    DemoVariant insertion(String chrom, int p, String s, FindingSpec f) {
        while (ref.base(chrom, p) == s.charAt(s.length() - 1)) {
            s = ref.base(chrom, p) + s.substring(0, s.length() - 1);
            p--;
        }
        String r = String.valueOf(ref.base(chrom, p));
        return new DemoVariant(chrom, p, r, List.of(r + s), null, f);
    }

    private DemoVariant repeat(FindingSpec f, TranscriptModel m) {
        String chrom = m.gene().chrom();
        int u = f.repeatUnit.length();
        int len = f.repeatRefCount * u;
        int g0 = m.genomic(f.first);
        int left = m.plusStrand() ? g0 : g0 - len + 1;
        int anchor = left - 1;
        String unit = m.plusStrand() ? f.repeatUnit : Dna.reverseComplement(f.repeatUnit);
        int maxDel = 0;
        for (int c : f.repeatAltCounts) {
            maxDel = Math.max(maxDel, (f.repeatRefCount - c) * u);
        }
        String refAllele = ref.bases(chrom, anchor, anchor + maxDel);
        List<String> alts = new ArrayList<>();
        for (int c : f.repeatAltCounts) {
            if (c < f.repeatRefCount) {
                int del = (f.repeatRefCount - c) * u;
                alts.add(refAllele.charAt(0) + refAllele.substring(1 + del));
            } else {
                alts.add(refAllele.charAt(0) + unit.repeat(c - f.repeatRefCount) + refAllele.substring(1));
            }
        }
        return new DemoVariant(chrom, anchor, refAllele, alts, null, f);
    }
}
