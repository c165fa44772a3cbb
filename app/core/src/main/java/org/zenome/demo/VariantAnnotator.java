package org.zenome.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotates demo variants the way Ensembl VEP (v113, {@code --everything}-like, with the REVEL, CADD and SpliceAI
 * plugins) would against the demo's transcript models: one CSQ entry per ALT allele per transcript, where each gene
 * has its MANE Select transcript (canonical, with the RefSeq MANE ID) and one to three further synthetic
 * transcripts (an alternative protein-coding isoform, a retained-intron transcript, an NMD transcript) whose
 * consequences differ from MANE's.
 */
final class VariantAnnotator {
    /** The CSQ layout, as in the header's {@code Format:}. */
    static final List<String> CSQ_FIELDS = List.of("Allele", "Consequence", "IMPACT", "SYMBOL", "Gene",
            "Feature_type", "Feature", "BIOTYPE", "EXON", "INTRON", "HGVSc", "HGVSp", "cDNA_position", "CDS_position",
            "Protein_position", "Amino_acids", "Codons", "Existing_variation", "DISTANCE", "STRAND", "FLAGS",
            "VARIANT_CLASS", "SYMBOL_SOURCE", "HGNC_ID", "CANONICAL", "MANE_SELECT", "MANE_PLUS_CLINICAL", "TSL",
            "APPRIS", "CCDS", "ENSP", "SIFT", "PolyPhen", "HGVS_OFFSET", "gnomADg_AF", "gnomADg_EAS_AF", "MAX_AF",
            "CLIN_SIG", "SOMATIC", "PHENO", "REVEL", "CADD_PHRED", "SpliceAI_pred_DS_AG", "SpliceAI_pred_DS_AL",
            "SpliceAI_pred_DS_DG", "SpliceAI_pred_DS_DL", "SpliceAI_pred_SYMBOL");

    static final int UPDOWN_DISTANCE = 5000;
    private static final Pattern PROTEIN_NUMBER = Pattern.compile("(?<!fs)(?<!ext)([A-Z][a-z]{2})(\\d+)");

    private static final List<String> SEVERITY = List.of("transcript_ablation", "splice_acceptor_variant",
            "splice_donor_variant", "stop_gained", "frameshift_variant", "stop_lost", "start_lost",
            "feature_truncation", "inframe_insertion", "inframe_deletion", "missense_variant",
            "splice_donor_5th_base_variant", "splice_region_variant", "splice_donor_region_variant",
            "splice_polypyrimidine_tract_variant", "stop_retained_variant", "synonymous_variant",
            "coding_sequence_variant", "5_prime_UTR_variant", "3_prime_UTR_variant",
            "non_coding_transcript_exon_variant", "intron_variant", "NMD_transcript_variant",
            "non_coding_transcript_variant", "upstream_gene_variant", "downstream_gene_variant",
            "intergenic_variant");

    /** What a transcript of a gene looks like, for the CSQ columns that do not depend on the variant. */
    record Transcript(TranscriptModel model, int kind, String id, String protein) {
        static final int MANE = 0;
        static final int ALT_CODING = 1;
        static final int RETAINED_INTRON = 2;
        static final int NMD = 3;

        String biotype() {
            switch (kind) {
                case RETAINED_INTRON:
                    return "retained_intron";
                case NMD:
                    return "nonsense_mediated_decay";
                default:
                    return "protein_coding";
            }
        }
    }

    /** One transcript's consequence of one allele. */
    record Effect(Transcript transcript, String consequence, String exon, String intron, String hgvsc, String hgvsp,
                  String cdna, String cds, String protein, String aminoAcids, String codons, String distance,
                  HgvsPosition c1, HgvsPosition c2, String change) {
        String impact() {
            return VariantAnnotator.impact(consequence);
        }
    }

    /** Allele-level values shown in every CSQ entry of the allele. */
    record AlleleFacts(Double af, Double afEas, String clinSig, boolean somatic, Double revel, Double cadd,
                       Double spliceAi, String existing) {
    }

    private final SyntheticReference ref;
    private final Map<String, List<Transcript>> byChrom = new HashMap<>();

    VariantAnnotator(List<TranscriptModel> models, SyntheticReference ref) {
        this.ref = ref;
        for (int gi = 0; gi < models.size(); gi++) {
            TranscriptModel m = models.get(gi);
            List<Transcript> ts = byChrom.computeIfAbsent(m.gene().chrom(), k -> new ArrayList<>());
            ts.add(new Transcript(m, Transcript.MANE, m.gene().transcript(), m.gene().protein()));
            int alternatives = 1 + gi % 3;
            int[] kinds = {Transcript.RETAINED_INTRON, Transcript.ALT_CODING, Transcript.NMD};
            for (int k = 0; k < alternatives; k++) {
                long number = 990_000L + gi * 10L + k + 1;
                String id = String.format(Locale.ROOT, "ENST%011d.1", number);
                String prot = kinds[k] == Transcript.RETAINED_INTRON ? ""
                        : String.format(Locale.ROOT, "ENSP%011d.1", number);
                ts.add(new Transcript(m, kinds[k], id, prot));
            }
        }
    }

    /** The annotation of one ALT allele of a record (for a symbolic deletion, {@code svEnd} is END). */
    List<Effect> effects(String chrom, int pos, String refAllele, String alt, Integer svEnd) {
        List<Effect> out = new ArrayList<>();
        for (Transcript t : byChrom.getOrDefault(chrom, List.of())) {
            Effect mane = svEnd != null ? svEffect(t.model(), pos + 1, svEnd) : maneEffect(t.model(), pos, refAllele,
                    alt);
            if (mane != null) {
                out.add(derive(t, mane));
            }
        }
        return out;
    }

    /** VEP's allele string: the first base is dropped when every allele of the record shares it. */
    static String vepAllele(String ref, List<String> alts, String alt) {
        if (alt.startsWith("<")) {
            return alt.equals("<DEL>") ? "deletion" : alt.substring(1, alt.length() - 1);
        }
        boolean shared = alts.stream().allMatch(a -> !a.isEmpty() && !a.startsWith("<") && a.charAt(0) == ref.charAt(0))
                && alts.stream().anyMatch(a -> a.length() != ref.length());
        if (!shared) {
            return alt;
        }
        String s = alt.substring(1);
        return s.isEmpty() ? "-" : s;
    }

    static String variantClass(String ref, String alt) {
        if (alt.startsWith("<")) {
            return "deletion";
        }
        if (ref.length() == 1 && alt.length() == 1) {
            return "SNV";
        }
        if (alt.length() < ref.length() && ref.startsWith(alt.substring(0, 1)) && alt.length() == 1) {
            return "deletion";
        }
        if (alt.length() > ref.length() && ref.length() == 1 && alt.charAt(0) == ref.charAt(0)) {
            return "insertion";
        }
        return alt.length() < ref.length() ? "deletion" : alt.length() > ref.length() ? "insertion" : "substitution";
    }

    /** The CSQ strings of one allele, in the order of {@link #CSQ_FIELDS}. */
    List<String> csq(String vepAllele, String variantClass, List<Effect> effects, AlleleFacts facts) {
        List<String> out = new ArrayList<>();
        if (effects.isEmpty()) {
            out.add(entry(vepAllele, variantClass, null, facts));
        }
        for (Effect e : effects) {
            out.add(entry(vepAllele, variantClass, e, facts));
        }
        return out;
    }

    private String entry(String allele, String variantClass, Effect e, AlleleFacts f) {
        Map<String, String> v = new HashMap<>();
        v.put("Allele", allele);
        v.put("VARIANT_CLASS", variantClass);
        if (e == null) {
            v.put("Consequence", "intergenic_variant");
            v.put("IMPACT", "MODIFIER");
        } else {
            Transcript t = e.transcript();
            GeneSpec g = t.model().gene();
            v.put("Consequence", e.consequence());
            v.put("IMPACT", e.impact());
            v.put("SYMBOL", g.symbol());
            v.put("Gene", g.ensemblGene());
            v.put("Feature_type", "Transcript");
            v.put("Feature", t.id());
            v.put("BIOTYPE", t.biotype());
            v.put("EXON", e.exon());
            v.put("INTRON", e.intron());
            v.put("HGVSc", e.hgvsc());
            v.put("HGVSp", e.hgvsp());
            v.put("cDNA_position", e.cdna());
            v.put("CDS_position", e.cds());
            v.put("Protein_position", e.protein());
            v.put("Amino_acids", e.aminoAcids());
            v.put("Codons", e.codons());
            v.put("DISTANCE", e.distance());
            v.put("STRAND", Integer.toString(g.strand()));
            v.put("SYMBOL_SOURCE", "HGNC");
            v.put("HGNC_ID", g.hgncId());
            boolean mane = t.kind() == Transcript.MANE;
            v.put("CANONICAL", mane ? "YES" : "");
            v.put("MANE_SELECT", mane ? g.maneRefSeq() : "");
            v.put("TSL", mane ? "1" : t.kind() == Transcript.ALT_CODING ? "2" : "5");
            v.put("APPRIS", mane ? "P1" : t.kind() == Transcript.ALT_CODING ? "A2" : "");
            v.put("ENSP", t.protein());
            if (e.consequence().startsWith("missense_variant") && f.revel() != null) {
                v.put("SIFT", sift(f.revel()));
                v.put("PolyPhen", polyPhen(f.revel()));
            }
            if (f.spliceAi() != null) {
                String[] ds = spliceAi(e.consequence(), f.spliceAi());
                v.put("SpliceAI_pred_DS_AG", ds[0]);
                v.put("SpliceAI_pred_DS_AL", ds[1]);
                v.put("SpliceAI_pred_DS_DG", ds[2]);
                v.put("SpliceAI_pred_DS_DL", ds[3]);
                v.put("SpliceAI_pred_SYMBOL", g.symbol());
            }
            if (f.revel() != null && e.consequence().contains("missense_variant")) {
                v.put("REVEL", DemoFormat.fixed(f.revel(), 3));
            }
        }
        v.put("Existing_variation", f.existing() == null ? "" : f.existing());
        v.put("gnomADg_AF", f.af() == null ? "" : DemoFormat.frequency(f.af()));
        v.put("gnomADg_EAS_AF", f.afEas() == null ? "" : DemoFormat.frequency(f.afEas()));
        Double max = f.af();
        if (max == null || (f.afEas() != null && f.afEas() > max)) {
            max = f.afEas();
        }
        v.put("MAX_AF", max == null ? "" : DemoFormat.frequency(max));
        v.put("CLIN_SIG", f.clinSig() == null ? "" : f.clinSig());
        v.put("SOMATIC", f.somatic() ? "1" : "");
        v.put("PHENO", f.clinSig() == null ? "" : "1");
        v.put("CADD_PHRED", f.cadd() == null ? "" : DemoFormat.fixed(f.cadd(), 1));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CSQ_FIELDS.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(escape(v.getOrDefault(CSQ_FIELDS.get(i), "")));
        }
        return sb.toString();
    }

    /** VEP's VCF escaping of characters that would break INFO parsing. */
    static String escape(String s) {
        return s.replace("%", "%25").replace(",", "%2C").replace(";", "%3B").replace("=", "%3D")
                .replace(" ", "_").replace("|", "&");
    }

    private static String sift(double revel) {
        double score = Math.max(0, Math.min(1, 0.95 - revel)) * 0.6;
        return (score < 0.05 ? "deleterious(" : "tolerated(") + DemoFormat.trimmed(score, 2) + ")";
    }

    private static String polyPhen(double revel) {
        double score = Math.min(0.999, Math.max(0.001, revel * 1.08));
        String label = score > 0.908 ? "probably_damaging" : score > 0.446 ? "possibly_damaging" : "benign";
        return label + "(" + DemoFormat.trimmed(score, 3) + ")";
    }

    private static String[] spliceAi(String consequence, double max) {
        String m = DemoFormat.fixed(max, 2);
        String low = DemoFormat.fixed(Math.min(max, 0.0), 2);
        if (consequence.contains("splice_donor")) {
            return new String[] {low, low, low, m};
        }
        if (consequence.contains("splice_acceptor") || consequence.contains("polypyrimidine")
                || consequence.contains("splice_region")) {
            return new String[] {low, m, low, low};
        }
        return new String[] {m, low, low, low};
    }

    static String impact(String consequence) {
        String first = consequence.split("&")[0];
        switch (first) {
            case "transcript_ablation":
            case "splice_acceptor_variant":
            case "splice_donor_variant":
            case "stop_gained":
            case "frameshift_variant":
            case "stop_lost":
            case "start_lost":
                return "HIGH";
            case "inframe_insertion":
            case "inframe_deletion":
            case "missense_variant":
            case "feature_truncation":
                return "MODERATE";
            case "splice_region_variant":
            case "splice_donor_5th_base_variant":
            case "splice_donor_region_variant":
            case "splice_polypyrimidine_tract_variant":
            case "synonymous_variant":
            case "stop_retained_variant":
                return "LOW";
            default:
                return "MODIFIER";
        }
    }

    /** Orders SO terms from most to least severe, as VEP does. */
    static String join(List<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return String.join("&", sorted);
    }

    private static int rank(String term) {
        int i = SEVERITY.indexOf(term);
        return i < 0 ? SEVERITY.size() : i;
    }

    // --- MANE consequences ---

    private Effect svEffect(TranscriptModel m, int start, int end) {
        if (end < m.start() - UPDOWN_DISTANCE || start > m.end() + UPDOWN_DISTANCE) {
            return null;
        }
        String exons = "";
        String so;
        if (start <= m.start() && end >= m.end()) {
            so = "transcript_ablation";
            exons = "1-" + m.exonCount() + "/" + m.exonCount();
        } else if (end < m.start() || start > m.end()) {
            boolean before = end < m.start();
            so = before == m.plusStrand() ? "upstream_gene_variant" : "downstream_gene_variant";
        } else {
            so = join(List.of("coding_sequence_variant", "feature_truncation", "intron_variant"));
        }
        return new Effect(null, so, exons, "", "", "", "", "", "", "", "", "", null, null, "");
    }

    private Effect maneEffect(TranscriptModel m, int pos, String refAllele, String alt) {
        int[] edit = trim(refAllele, alt);
        int start = pos + edit[0];
        int end = pos + refAllele.length() - 1 - edit[1];
        String seq = alt.substring(edit[0], alt.length() - edit[1]);
        if (end < m.start() - UPDOWN_DISTANCE || start > m.end() + UPDOWN_DISTANCE) {
            return null;
        }
        String chrom = m.gene().chrom();
        boolean insertion = end < start;
        boolean deletion = seq.isEmpty() && !insertion;
        // HGVS shifts indels 3' in transcript direction
        if (deletion) {
            while (true) {
                if (m.plusStrand() && ref.base(chrom, end + 1) == ref.base(chrom, start)) {
                    start++;
                    end++;
                } else if (!m.plusStrand() && ref.base(chrom, start - 1) == ref.base(chrom, end)) {
                    start--;
                    end--;
                } else {
                    break;
                }
            }
        } else if (insertion) {
            int p = end;
            while (true) {
                if (m.plusStrand() && ref.base(chrom, p + 1) == seq.charAt(0)) {
                    seq = seq.substring(1) + seq.charAt(0);
                    p++;
                } else if (!m.plusStrand() && ref.base(chrom, p) == seq.charAt(seq.length() - 1)) {
                    seq = seq.charAt(seq.length() - 1) + seq.substring(0, seq.length() - 1);
                    p--;
                } else {
                    break;
                }
            }
            start = p + 1;
            end = p;
        }
        TranscriptModel.Location a;
        TranscriptModel.Location b;
        if (insertion) {
            a = m.locate(end);
            b = m.locate(start);
        } else {
            a = m.locate(start);
            b = m.locate(end);
        }
        // transcript order: first and last
        TranscriptModel.Location first = m.plusStrand() ? a : b;
        TranscriptModel.Location last = m.plusStrand() ? b : a;
        String coding = m.plusStrand() ? seq : Dna.reverseComplement(seq);
        if (first.kind() == TranscriptModel.Kind.UPSTREAM || first.kind() == TranscriptModel.Kind.DOWNSTREAM
                || last.kind() == TranscriptModel.Kind.UPSTREAM || last.kind() == TranscriptModel.Kind.DOWNSTREAM) {
            TranscriptModel.Location o = first.kind() == TranscriptModel.Kind.UPSTREAM
                    || first.kind() == TranscriptModel.Kind.DOWNSTREAM ? first : last;
            if (o.distance() > UPDOWN_DISTANCE) {
                return null;
            }
            String so = o.kind() == TranscriptModel.Kind.UPSTREAM ? "upstream_gene_variant" : "downstream_gene_variant";
            return new Effect(null, so, "", "", "", "", "", "", "", "", "", Integer.toString(o.distance()), null, null,
                    "");
        }
        Object[] hgvs = hgvsC(m, start, end, coding, insertion, deletion, first, last);
        HgvsPosition c1 = (HgvsPosition) hgvs[0];
        HgvsPosition c2 = (HgvsPosition) hgvs[1];
        String change = (String) hgvs[2];
        String exon = "";
        String intron = "";
        String cdna = "";
        String cds = "";
        String protein = "";
        String aa = "";
        String codons = "";
        String hgvsp = "";
        List<String> terms = new ArrayList<>();
        boolean allExon = first.kind() == TranscriptModel.Kind.EXON && last.kind() == TranscriptModel.Kind.EXON
                && first.number() == last.number();
        if (allExon) {
            exon = first.number() + "/" + m.exonCount();
            int t1 = first.t();
            int t2 = last.t();
            if (insertion) {
                cdna = t1 + "-" + t2;
            } else {
                cdna = t1 == t2 ? Integer.toString(t1) : t1 + "-" + t2;
            }
            boolean inCds = t1 >= m.cdsStart() && t2 <= m.cdsEnd();
            if (inCds) {
                int cd1 = t1 - m.utr5();
                int cd2 = t2 - m.utr5();
                cds = insertion || cd1 != cd2 ? cd1 + "-" + cd2 : Integer.toString(cd1);
                CodingChange.Result r = insertion
                        ? CodingChange.describe(m, ref, cd2, cd1, coding)
                        : CodingChange.describe(m, ref, cd1, cd2, coding);
                terms.add(r.consequence());
                hgvsp = m.gene().protein() + ":" + r.hgvsP();
                protein = r.proteinPos();
                aa = r.aminoAcids();
                codons = r.codons();
                int idx = first.number() - 1;
                boolean nearStart = idx > 0 && t1 - m.exonTranscriptStart(idx) < 3;
                boolean nearEnd = idx < m.exonCount() - 1 && m.exonTranscriptEnd(idx) - t2 < 3;
                if (nearStart || nearEnd) {
                    terms.add("splice_region_variant");
                }
            } else if (t2 < m.cdsStart()) {
                terms.add("5_prime_UTR_variant");
            } else if (t1 > m.cdsEnd()) {
                terms.add("3_prime_UTR_variant");
            } else {
                terms.add("coding_sequence_variant");
            }
        } else if (first.kind() == TranscriptModel.Kind.INTRON && last.kind() == TranscriptModel.Kind.INTRON
                && first.number() == last.number()) {
            intron = first.number() + "/" + (m.exonCount() - 1);
            int o1 = first.hgvs().offset();
            int o2 = last.hgvs().offset();
            int nearest = Math.abs(o1) <= Math.abs(o2) ? o1 : o2;
            if (insertion) {
                nearest = Math.abs(o1) <= Math.abs(o2) ? o1 : o2;
            }
            terms.addAll(intronTerms(nearest));
        } else {
            terms.add("splice_donor_variant");
            terms.add("coding_sequence_variant");
            terms.add("intron_variant");
            exon = first.kind() == TranscriptModel.Kind.EXON ? first.number() + "/" + m.exonCount() : "";
        }
        return new Effect(null, join(terms), exon, intron, m.gene().transcript() + ":c." + c1 + (c2 == null ? ""
                : "_" + c2) + change, hgvsp, cdna, cds, protein, aa, codons, "", c1, c2, change);
    }

    private static List<String> intronTerms(int offset) {
        int a = Math.abs(offset);
        if (a <= 2) {
            return List.of(offset > 0 ? "splice_donor_variant" : "splice_acceptor_variant");
        }
        if (offset == 5) {
            return List.of("splice_donor_5th_base_variant", "intron_variant");
        }
        if (offset >= 3 && offset <= 6) {
            return List.of("splice_donor_region_variant", "intron_variant");
        }
        if (a <= 8) {
            return offset < 0 ? List.of("splice_region_variant", "splice_polypyrimidine_tract_variant",
                    "intron_variant") : List.of("splice_region_variant", "intron_variant");
        }
        if (offset < 0 && a <= 17) {
            return List.of("splice_polypyrimidine_tract_variant", "intron_variant");
        }
        return List.of("intron_variant");
    }

    /** HGVS c. as (first position, last position or null, change). */
    private Object[] hgvsC(TranscriptModel m, int start, int end, String coding, boolean insertion, boolean deletion,
                           TranscriptModel.Location first, TranscriptModel.Location last) {
        String chrom = m.gene().chrom();
        if (insertion) {
            int p = end;
            int n = coding.length();
            String genomicSeq = m.plusStrand() ? coding : Dna.reverseComplement(coding);
            int dupStart = m.plusStrand() ? p - n + 1 : p + 1;
            int dupEnd = m.plusStrand() ? p : p + n;
            if (ref.bases(chrom, dupStart, dupEnd).equals(genomicSeq)) {
                HgvsPosition x = m.locate(m.plusStrand() ? dupStart : dupEnd).hgvs();
                HgvsPosition y = m.locate(m.plusStrand() ? dupEnd : dupStart).hgvs();
                return new Object[] {x, n > 1 ? y : null, "dup"};
            }
            return new Object[] {first.hgvs(), last.hgvs(), "ins" + coding};
        }
        if (deletion) {
            return new Object[] {first.hgvs(), start != end ? last.hgvs() : null, "del"};
        }
        String refCoding = ref.bases(chrom, start, end);
        if (!m.plusStrand()) {
            refCoding = Dna.reverseComplement(refCoding);
        }
        if (start == end) {
            return new Object[] {first.hgvs(), null, refCoding + ">" + coding};
        }
        return new Object[] {first.hgvs(), last.hgvs(), "delins" + coding};
    }

    /** Common prefix (at most all but nothing) and suffix lengths of two alleles, VCF style (suffix first). */
    static int[] trim(String ref, String alt) {
        int suffix = 0;
        while (suffix < Math.min(ref.length(), alt.length()) - 1
                && ref.charAt(ref.length() - 1 - suffix) == alt.charAt(alt.length() - 1 - suffix)) {
            suffix++;
        }
        int prefix = 0;
        while (prefix < Math.min(ref.length(), alt.length()) - suffix
                && ref.charAt(prefix) == alt.charAt(prefix)) {
            prefix++;
        }
        return new int[] {prefix, suffix};
    }

    // --- other transcripts of the gene ---

    private Effect derive(Transcript t, Effect mane) {
        TranscriptModel m = t.model();
        switch (t.kind()) {
            case Transcript.MANE:
                return new Effect(t, mane.consequence(), mane.exon(), mane.intron(), mane.hgvsc(), mane.hgvsp(),
                        mane.cdna(), mane.cds(), mane.protein(), mane.aminoAcids(), mane.codons(), mane.distance(),
                        mane.c1(), mane.c2(), mane.change());
            case Transcript.NMD: {
                String so = mane.consequence().contains("stream_gene_variant") ? mane.consequence()
                        : mane.consequence() + "&NMD_transcript_variant";
                return new Effect(t, so, mane.exon(), mane.intron(), rename(mane.hgvsc(), t.id()),
                        rename(mane.hgvsp(), t.protein()), mane.cdna(), mane.cds(), mane.protein(), mane.aminoAcids(),
                        mane.codons(), mane.distance(), mane.c1(), mane.c2(), mane.change());
            }
            case Transcript.ALT_CODING: {
                int shift = 3 * (12 + 7 * Math.floorMod(m.gene().symbol().hashCode(), 5));
                String hgvsc = mane.c1() == null ? "" : t.id() + ":c." + shiftCds(mane.c1(), shift)
                        + (mane.c2() == null ? "" : "_" + shiftCds(mane.c2(), shift)) + mane.change();
                String hgvsp = shiftProtein(rename(mane.hgvsp(), t.protein()), shift / 3);
                return new Effect(t, mane.consequence(), renumber(mane.exon(), 1), renumber(mane.intron(), 1), hgvsc,
                        hgvsp, shiftRange(mane.cdna(), shift), shiftRange(mane.cds(), shift),
                        shiftRange(mane.protein(), shift / 3), mane.aminoAcids(), mane.codons(), mane.distance(),
                        mane.c1(), mane.c2(), mane.change());
            }
            default: {
                String so;
                if (mane.consequence().contains("stream_gene_variant") || mane.consequence()
                        .equals("transcript_ablation")) {
                    so = mane.consequence();
                } else if (!mane.exon().isEmpty()) {
                    so = "non_coding_transcript_exon_variant";
                } else if (mane.consequence().startsWith("splice_")) {
                    so = mane.consequence().split("&")[0] + "&non_coding_transcript_variant";
                } else {
                    so = "intron_variant&non_coding_transcript_variant";
                }
                String hgvsc = mane.c1() == null ? "" : t.id() + ":n." + nonCoding(mane.c1(), m)
                        + (mane.c2() == null ? "" : "_" + nonCoding(mane.c2(), m)) + mane.change();
                return new Effect(t, so, mane.exon(), mane.intron(), hgvsc, "", mane.cdna(), "", "", "", "",
                        mane.distance(), mane.c1(), mane.c2(), mane.change());
            }
        }
    }

    private static String rename(String hgvs, String id) {
        int colon = hgvs.indexOf(':');
        return colon < 0 ? hgvs : id + hgvs.substring(colon);
    }

    /** An isoform with a longer N terminus numbers its coding bases {@code shift} further. */
    private static String shiftCds(HgvsPosition p, int shift) {
        return p.region() == HgvsPosition.Region.CDS
                ? new HgvsPosition(p.region(), p.number() + shift, p.offset()).toString() : p.toString();
    }

    /** A non-coding transcript numbers from its first base (n.). */
    private static String nonCoding(HgvsPosition p, TranscriptModel m) {
        int t = p.transcriptPosition(m.utr5(), m.cdsLength());
        int off = p.offset();
        return t + (off > 0 ? "+" + off : off < 0 ? Integer.toString(off) : "");
    }

    private static String shiftProtein(String hgvsp, int shift) {
        if (hgvsp.isEmpty()) {
            return hgvsp;
        }
        Matcher mm = PROTEIN_NUMBER.matcher(hgvsp);
        StringBuilder sb = new StringBuilder();
        while (mm.find()) {
            mm.appendReplacement(sb, mm.group(1) + (Integer.parseInt(mm.group(2)) + shift));
        }
        mm.appendTail(sb);
        return sb.toString();
    }

    private static String shiftRange(String range, int shift) {
        if (range.isEmpty()) {
            return range;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : range.split("-")) {
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(Integer.parseInt(part) + shift);
        }
        return sb.toString();
    }

    private static String renumber(String numbered, int shift) {
        if (numbered.isEmpty() || numbered.contains("-")) {
            return numbered;
        }
        String[] p = numbered.split("/");
        return (Integer.parseInt(p[0]) + shift) + "/" + (Integer.parseInt(p[1]) + shift);
    }
}
