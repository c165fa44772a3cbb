package org.zenome.domain;

import java.util.Locale;

/**
 * ClinVar clinical significance reduced to the classes a panel filters on. The rank orders them from
 * benign (1) to pathogenic (6); 0 means no ClinVar assertion.
 */
public enum ClinicalSignificance {
    NONE(0),
    BENIGN(1),
    LIKELY_BENIGN(2),
    UNCERTAIN(3),
    CONFLICTING(4),
    LIKELY_PATHOGENIC(5),
    PATHOGENIC(6);

    private final int rank;

    ClinicalSignificance(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static ClinicalSignificance ofRank(int rank) {
        for (ClinicalSignificance s : values()) {
            if (s.rank == rank) {
                return s;
            }
        }
        return NONE;
    }

    /**
     * Reads a ClinVar CLNSIG value (VCF text such as {@code Pathogenic/Likely_pathogenic},
     * {@code Conflicting_interpretations_of_pathogenicity}, or the old numeric codes 0-7 and 255 with
     * {@code |} or {@code ,} between several assertions). The most severe assertion wins, except that
     * pathogenic and benign assertions together are conflicting.
     */
    public static ClinicalSignificance parse(String clnsig) {
        if (clnsig == null || clnsig.isBlank() || clnsig.equals(".")) {
            return NONE;
        }
        String s = clnsig.toLowerCase(Locale.ROOT).replace(' ', '_');
        boolean path = false;
        boolean likelyPath = false;
        boolean benign = false;
        boolean likelyBenign = false;
        boolean vus = false;
        boolean conflicting = s.contains("conflicting");
        for (String part : s.split("[|,/;&]")) {
            String p = part.trim();
            switch (p) {
                case "5":
                case "pathogenic":
                    path = true;
                    break;
                case "4":
                case "likely_pathogenic":
                    likelyPath = true;
                    break;
                case "2":
                case "benign":
                    benign = true;
                    break;
                case "3":
                case "likely_benign":
                    likelyBenign = true;
                    break;
                case "0":
                case "uncertain_significance":
                    vus = true;
                    break;
                default:
                    if (p.startsWith("pathogenic")) {
                        path = true;
                    } else if (p.startsWith("likely_pathogenic")) {
                        likelyPath = true;
                    } else if (p.startsWith("uncertain")) {
                        vus = true;
                    } else if (p.startsWith("likely_benign")) {
                        likelyBenign = true;
                    } else if (p.startsWith("benign")) {
                        benign = true;
                    }
                    break;
            }
        }
        if (conflicting || ((path || likelyPath) && (benign || likelyBenign))) {
            return CONFLICTING;
        }
        if (path) {
            return PATHOGENIC;
        }
        if (likelyPath) {
            return LIKELY_PATHOGENIC;
        }
        if (vus) {
            return UNCERTAIN;
        }
        if (likelyBenign) {
            return LIKELY_BENIGN;
        }
        if (benign) {
            return BENIGN;
        }
        return NONE;
    }
}
