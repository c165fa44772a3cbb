package org.zenome.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequence Ontology consequence terms in Ensembl VEP's order of severity (most severe first), with a bit per
 * term so a finding can record every term of every transcript in one 64-bit mask.
 */
public final class Consequences {
    /** Ensembl VEP's consequence list, most severe first (ensembl.org/info/genome/variation/prediction). */
    public static final List<String> BY_SEVERITY = List.of(
            "transcript_ablation",
            "splice_acceptor_variant",
            "splice_donor_variant",
            "stop_gained",
            "frameshift_variant",
            "stop_lost",
            "start_lost",
            "transcript_amplification",
            "feature_elongation",
            "feature_truncation",
            "inframe_insertion",
            "inframe_deletion",
            "missense_variant",
            "protein_altering_variant",
            "splice_donor_5th_base_variant",
            "splice_region_variant",
            "splice_donor_region_variant",
            "splice_polypyrimidine_tract_variant",
            "incomplete_terminal_codon_variant",
            "start_retained_variant",
            "stop_retained_variant",
            "synonymous_variant",
            "coding_sequence_variant",
            "mature_miRNA_variant",
            "5_prime_UTR_variant",
            "3_prime_UTR_variant",
            "non_coding_transcript_exon_variant",
            "intron_variant",
            "NMD_transcript_variant",
            "non_coding_transcript_variant",
            "coding_transcript_variant",
            "intragenic_variant",
            "upstream_gene_variant",
            "downstream_gene_variant",
            "TFBS_ablation",
            "TFBS_amplification",
            "TF_binding_site_variant",
            "regulatory_region_ablation",
            "regulatory_region_amplification",
            "regulatory_region_variant",
            "intergenic_variant",
            "sequence_variant");

    /** Older and SnpEff spellings mapped to the current SO term. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("non_coding_exon_variant", "non_coding_transcript_exon_variant"),
            Map.entry("nc_transcript_variant", "non_coding_transcript_variant"),
            Map.entry("5_prime_UTR_premature_start_codon_gain_variant", "5_prime_UTR_variant"),
            Map.entry("initiator_codon_variant", "start_lost"),
            Map.entry("exon_loss_variant", "transcript_ablation"),
            Map.entry("intergenic_region", "intergenic_variant"),
            Map.entry("conservative_inframe_insertion", "inframe_insertion"),
            Map.entry("disruptive_inframe_insertion", "inframe_insertion"),
            Map.entry("conservative_inframe_deletion", "inframe_deletion"),
            Map.entry("disruptive_inframe_deletion", "inframe_deletion"),
            Map.entry("sequence_feature", "sequence_variant"),
            Map.entry("structural_interaction_variant", "sequence_variant"),
            Map.entry("protein_protein_contact", "sequence_variant"),
            Map.entry("exon_variant", "coding_sequence_variant"),
            Map.entry("gene_variant", "sequence_variant"),
            Map.entry("transcript_variant", "sequence_variant"),
            Map.entry("chromosome_number_variation", "transcript_ablation"),
            Map.entry("duplication", "transcript_amplification"),
            Map.entry("inversion", "sequence_variant"),
            Map.entry("bidirectional_gene_fusion", "feature_truncation"),
            Map.entry("gene_fusion", "feature_truncation"),
            Map.entry("miRNA", "mature_miRNA_variant"));

    /**
     * Terms added to {@link #BY_SEVERITY} after findings files of layout 1 were written. Stored masks must keep
     * their meaning, so these take the bits after the original terms instead of their severity position.
     */
    private static final List<String> ADDED_AFTER_LAYOUT_1 = List.of("intragenic_variant");

    private static final Map<String, Integer> RANK = new HashMap<>();
    private static final Map<String, Integer> BIT = new HashMap<>();

    static {
        for (int i = 0; i < BY_SEVERITY.size(); i++) {
            RANK.put(BY_SEVERITY.get(i), i);
        }
        int bit = 0;
        for (String t : BY_SEVERITY) {
            if (!ADDED_AFTER_LAYOUT_1.contains(t)) {
                BIT.put(t, bit++);
            }
        }
        for (String t : ADDED_AFTER_LAYOUT_1) {
            BIT.put(t, bit++);
        }
        if (bit > 63) {
            throw new IllegalStateException("consequence masks hold 63 terms");
        }
    }

    private Consequences() {
    }

    /** The canonical term for a term or synonym; unknown terms map to {@code sequence_variant}. */
    public static String canonical(String term) {
        if (RANK.containsKey(term)) {
            return term;
        }
        return SYNONYMS.getOrDefault(term, "sequence_variant");
    }

    /** Severity rank of one term (0 most severe). */
    public static int rank(String term) {
        return RANK.get(canonical(term));
    }

    /** The bit of a term (or its canonical term) in stored consequence masks; stable across versions. */
    static int bit(String term) {
        return BIT.get(canonical(term));
    }

    /** The most severe rank among {@code &}-joined terms; {@link #BY_SEVERITY}.size() when empty. */
    public static int mostSevereRank(String joinedTerms) {
        int best = BY_SEVERITY.size();
        if (joinedTerms == null || joinedTerms.isEmpty()) {
            return best;
        }
        int start = 0;
        int len = joinedTerms.length();
        while (start <= len) {
            int amp = joinedTerms.indexOf('&', start);
            int end = amp < 0 ? len : amp;
            if (end > start) {
                best = Math.min(best, rank(joinedTerms.substring(start, end)));
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return best;
    }

    /** Bit mask of the {@code &}-joined terms (one stable bit per canonical term, see {@link #bit}). */
    public static long mask(String joinedTerms) {
        long mask = 0;
        if (joinedTerms == null || joinedTerms.isEmpty()) {
            return 0;
        }
        for (String t : joinedTerms.split("&")) {
            if (!t.isEmpty()) {
                mask |= 1L << bit(t);
            }
        }
        return mask;
    }

    /** Mask of a set of filter terms (each canonicalised). */
    public static long maskOf(Iterable<String> terms) {
        long mask = 0;
        for (String t : terms) {
            mask |= 1L << bit(t.trim());
        }
        return mask;
    }
}
