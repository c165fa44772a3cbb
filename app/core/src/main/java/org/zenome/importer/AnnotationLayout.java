package org.zenome.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the fields Zenome needs sit in a VEP {@code CSQ} or SnpEff {@code ANN} annotation, taken from the
 * field list of the file's own header (VEP versions differ in order and content).
 */
public final class AnnotationLayout {
    public static final String VEP = "VEP";
    public static final String SNPEFF = "SnpEff";

    final String source;
    final List<String> names;
    final int allele;
    final int consequence;
    final int impact;
    final int symbol;
    final int gene;
    final int feature;
    final int biotype;
    final int exon;
    final int intron;
    final int hgvsc;
    final int hgvsp;
    final int canonical;
    final int mane;
    final int alleleNum;
    final int clinSig;
    final int revel;
    final int cadd;
    final int[] populationAf;
    final int[] spliceAi;
    /** Fields the importer reads; the others are skipped on the hot path. */
    final boolean[] needed;

    private AnnotationLayout(String source, List<String> names, String[] roleNames) {
        this.source = source;
        this.names = List.copyOf(names);
        allele = find(roleNames[0]);
        consequence = find(roleNames[1]);
        impact = find(roleNames[2]);
        symbol = find(roleNames[3]);
        gene = find(roleNames[4]);
        feature = find(roleNames[5]);
        biotype = find(roleNames[6]);
        exon = find(roleNames[7]);
        intron = find(roleNames[8]);
        hgvsc = find(roleNames[9]);
        hgvsp = find(roleNames[10]);
        canonical = find("CANONICAL");
        int m = find("MANE_SELECT");
        mane = m >= 0 ? m : find("MANE");
        alleleNum = find("ALLELE_NUM");
        clinSig = find("CLIN_SIG");
        int r = find("REVEL");
        revel = r >= 0 ? r : find("REVEL_score");
        int c = find("CADD_PHRED");
        cadd = c >= 0 ? c : find("CADD_phred");
        populationAf = findAll("gnomAD_AF", "gnomADg_AF", "gnomADe_AF", "gnomAD_exomes_AF", "gnomAD_genomes_AF",
                "MAX_AF", "ToMMo_AF", "TOMMO_AF", "jMorp_AF");
        spliceAi = findAll("SpliceAI_pred_DS_max", "SpliceAI_pred_DS_AG", "SpliceAI_pred_DS_AL",
                "SpliceAI_pred_DS_DG", "SpliceAI_pred_DS_DL", "SpliceAI_DS_max");
        needed = new boolean[names.size()];
        for (int i : new int[] {allele, consequence, impact, symbol, feature, hgvsc, hgvsp, canonical, mane, alleleNum,
            clinSig, revel, cadd}) {
            if (i >= 0) {
                needed[i] = true;
            }
        }
        for (int i : populationAf) {
            needed[i] = true;
        }
        for (int i : spliceAi) {
            needed[i] = true;
        }
    }

    /** VEP CSQ layout; null when the header had no usable field list. */
    public static AnnotationLayout vep(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        AnnotationLayout l = new AnnotationLayout(VEP, names, new String[] {"Allele", "Consequence", "IMPACT", "SYMBOL",
            "Gene", "Feature", "BIOTYPE", "EXON", "INTRON", "HGVSc", "HGVSp"});
        return l.allele >= 0 && l.consequence >= 0 ? l : null;
    }

    /** SnpEff ANN layout; null when the header had no usable field list. */
    public static AnnotationLayout snpEff(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        AnnotationLayout l = new AnnotationLayout(SNPEFF, names, new String[] {"Allele", "Annotation",
            "Annotation_Impact", "Gene_Name", "Gene_ID", "Feature_ID", "Transcript_BioType", "Rank", "", "HGVS.c",
            "HGVS.p"});
        return l.allele >= 0 && l.consequence >= 0 ? l : null;
    }

    public String source() {
        return source;
    }

    public List<String> names() {
        return names;
    }

    private int find(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                return i;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
                return i;
            }
        }
        return -1;
    }

    private int[] findAll(String... candidates) {
        List<Integer> found = new ArrayList<>();
        for (String c : candidates) {
            int i = find(c);
            if (i >= 0 && !found.contains(i)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
