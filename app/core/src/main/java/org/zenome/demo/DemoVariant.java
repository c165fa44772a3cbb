package org.zenome.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One VCF record of a demo case while it is being built: site, alleles, calls, filters and annotations. */
final class DemoVariant {
    /**
     * A sample's call.
     *
     * @param alleles allele indices, -1 for a no-call; one entry for haploid calls
     * @param ad      depth per allele (REF first), null when not called
     * @param dp      read depth
     * @param gq      genotype quality, null when not reported
     * @param af      Mutect2-style allele fraction of the first ALT, null when not reported
     */
    record Call(int[] alleles, int[] ad, int dp, Integer gq, Double af) {
        boolean carries(int allele) {
            for (int a : alleles) {
                if (a == allele) {
                    return true;
                }
            }
            return false;
        }
    }

    final String chrom;
    final int pos;
    final String ref;
    final List<String> alts;
    /** END of a symbolic deletion, null otherwise. */
    final Integer svEnd;
    final FindingSpec finding;
    String id = ".";
    List<Call> calls = new ArrayList<>();
    double qual;
    final List<String> filters = new ArrayList<>();
    final Map<String, String> info = new LinkedHashMap<>();
    final List<String> csq = new ArrayList<>();
    /** Background: how its data were drawn (for Mutect2-like filters and depths). */
    String category = "";
    /** Population frequencies per ALT (gnomAD genomes, its East Asian subset, ToMMo); NaN when absent. */
    double[] af;
    double[] afEas;
    double[] afJpn;

    DemoVariant(String chrom, int pos, String ref, List<String> alts, Integer svEnd, FindingSpec finding) {
        this.chrom = chrom;
        this.pos = pos;
        this.ref = ref;
        this.alts = List.copyOf(alts);
        this.svEnd = svEnd;
        this.finding = finding;
    }

    int contigIndex() {
        return Grch38.contig(chrom).index();
    }

    /** Last reference base the record covers. */
    int end() {
        return svEnd != null ? svEnd : pos + ref.length() - 1;
    }

    @Override
    public String toString() {
        return chrom + ":" + pos + " " + ref + ">" + String.join(",", alts);
    }
}
