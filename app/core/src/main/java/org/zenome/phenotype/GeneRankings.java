package org.zenome.phenotype;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.store.CaseStore;

/**
 * Gene rankings of a case for the variant table (score by upper-case gene symbol): the phenotype match and the
 * imported Exomiser results.
 */
public final class GeneRankings {
    /** Plugin id of the Exomiser results. */
    public static final String EXOMISER = "exomiser";

    private GeneRankings() {
    }

    /** Phenotype-match scores of the ranked genes. */
    public static Map<String, Double> phenotype(List<GeneMatch> genes) {
        Map<String, Double> out = new HashMap<>();
        for (GeneMatch g : genes) {
            out.put(g.gene().toUpperCase(Locale.ROOT), g.score());
        }
        return out;
    }

    /** A gene's Exomiser rank and best combined score over its variants. */
    public record ExomiserGene(String gene, int rank, double combinedScore) {
    }

    /** Exomiser's best rank and combined score per gene, from the newest Exomiser import of the case. */
    public static Map<String, ExomiserGene> exomiser(CaseStore store, long casePk) {
        Map<String, ExomiserGene> out = new HashMap<>();
        for (Map<String, String> f : store.phenotypes().pluginAnnotations(casePk, EXOMISER)) {
            String gene = f.getOrDefault("gene", "");
            if (gene.isEmpty()) {
                continue;
            }
            int rank;
            double score;
            try {
                rank = Integer.parseInt(f.getOrDefault("rank", ""));
                score = Double.parseDouble(f.getOrDefault("combined_score", "0"));
            } catch (NumberFormatException e) {
                continue;
            }
            String key = gene.toUpperCase(Locale.ROOT);
            ExomiserGene had = out.get(key);
            if (had == null || rank < had.rank()) {
                out.put(key, new ExomiserGene(gene, rank, score));
            }
        }
        return out;
    }

    /** Exomiser combined scores by gene, for sorting and filtering the variant table. */
    public static Map<String, Double> exomiserScores(Map<String, ExomiserGene> genes) {
        Map<String, Double> out = new HashMap<>();
        genes.forEach((k, v) -> out.put(k, v.combinedScore()));
        return out;
    }
}
